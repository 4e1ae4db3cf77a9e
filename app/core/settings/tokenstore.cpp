#include "settings/tokenstore.h"

#include "settings/appsettings.h"

#include <QTimer>

namespace dlq {

void TokenStore::finishLater(int request, const QString &token, const QString &error)
{
    QTimer::singleShot(0, this,
                       [this, request, token, error] { Q_EMIT finished(request, token, error); });
}

FileTokenStore::FileTokenStore(AppSettings *settings, QObject *parent)
    : TokenStore(parent), m_settings(settings)
{}

QString FileTokenStore::placeName() const
{
    return tr("the settings file");
}

int FileTokenStore::read(const QString &key)
{
    Q_UNUSED(key);
    const int request = nextRequest();
    finishLater(request, m_settings->fileToken(), QString());
    return request;
}

int FileTokenStore::write(const QString &key, const QString &token)
{
    Q_UNUSED(key);
    const int request = nextRequest();
    m_settings->setToken(token);
    finishLater(request, QString(), QString());
    return request;
}

int FileTokenStore::remove(const QString &key)
{
    Q_UNUSED(key);
    const int request = nextRequest();
    m_settings->setToken(QString());
    finishLater(request, QString(), QString());
    return request;
}

} // namespace dlq
