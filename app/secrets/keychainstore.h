#pragma once

#include "settings/tokenstore.h"

namespace QKeychain {
class Job;
}

namespace dlq {

// The system keychain through QtKeychain. Entries are named by the service ("DLQ Manager") and
// the key (the profile). QtKeychain's jobs answer asynchronously over D-Bus; with no Secret
// Service on the session bus they fail (e.g. "Cannot autolaunch D-Bus without X11 $DISPLAY"),
// and that error is passed on as is: there is no silent plaintext fallback here.
// Pending jobs are the store's children; when the store goes first they are let go to finish
// on their own (QtKeychain's answer calls into the job, so deleting one mid-call crashes).
class KeychainTokenStore : public TokenStore
{
    Q_OBJECT
public:
    static QString service(); // "DLQ Manager"

    explicit KeychainTokenStore(QObject *parent = nullptr);
    ~KeychainTokenStore() override;

    QString placeName() const override;
    int read(const QString &key) override;
    int write(const QString &key, const QString &token) override;
    int remove(const QString &key) override;

private:
    int startJob(QKeychain::Job *job, const QString &key);
};

} // namespace dlq
