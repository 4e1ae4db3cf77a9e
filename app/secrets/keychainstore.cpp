#include "secrets/keychainstore.h"

#include <qt6keychain/keychain.h>

namespace dlq {

QString KeychainTokenStore::service()
{
    return QStringLiteral("DLQ Manager");
}

KeychainTokenStore::KeychainTokenStore(QObject *parent) : TokenStore(parent) {}

KeychainTokenStore::~KeychainTokenStore()
{
    // A finished job has deleted itself already (autoDelete); the pending ones must outlive
    // the store, answer nobody, and then delete themselves the same way.
    const auto pending = findChildren<QKeychain::Job *>(Qt::FindDirectChildrenOnly);
    for (QKeychain::Job *job : pending) {
        job->disconnect(this);
        job->setParent(nullptr);
    }
}

QString KeychainTokenStore::placeName() const
{
    return tr("the system keychain");
}

int KeychainTokenStore::read(const QString &key)
{
    return startJob(new QKeychain::ReadPasswordJob(service(), this), key);
}

int KeychainTokenStore::write(const QString &key, const QString &token)
{
    auto *job = new QKeychain::WritePasswordJob(service(), this);
    job->setTextData(token);
    return startJob(job, key);
}

int KeychainTokenStore::remove(const QString &key)
{
    return startJob(new QKeychain::DeletePasswordJob(service(), this), key);
}

int KeychainTokenStore::startJob(QKeychain::Job *job, const QString &key)
{
    const int request = nextRequest();
    job->setKey(key);
    // Never QtKeychain's own plaintext fallback: the file is the user's explicit choice only.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [this, request](QKeychain::Job *done) {
        QString token;
        QString error;
        if (done->error() == QKeychain::NoError) {
            if (auto *reader = qobject_cast<QKeychain::ReadPasswordJob *>(done))
                token = reader->textData();
        } else if (done->error() != QKeychain::EntryNotFound) {
            error = done->errorString();
            if (error.isEmpty())
                error = tr("The system keychain answered with error %1.").arg(int(done->error()));
        }
        Q_EMIT finished(request, token, error);
    });
    job->start();
    return request;
}

} // namespace dlq
