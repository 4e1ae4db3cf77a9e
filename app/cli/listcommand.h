#pragma once

#include "api/dlqentry.h"
#include "cli/commandsetup.h"
#include "run/dlqpager.h"

#include <QList>
#include <QStringList>

#include <memory>

namespace dlq::cli {

// `dlqctl list`: pages the DLQ with the filter through DlqPager (the engine's pacing, retries
// and stops) up to the cap and prints what was loaded. A page that cannot be read ends the
// listing with the reason on stderr, exit 1, and what came before it still printed.
class ListCommand : public ApiCommand
{
    Q_OBJECT
public:
    explicit ListCommand(ListOptions options,
                         const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                         QObject *parent = nullptr);
    ~ListCommand() override;

private:
    void run() override;
    void interrupt() override;
    void onFinished(PagerEnd end, const QString &message);
    QByteArray render(PagerEnd end, const QString &message) const;

    ListOptions m_options;
    std::unique_ptr<DlqPager> m_pager;
    QList<api::DlqEntry> m_entries;
    QStringList m_problems;
};

// The entries as dlqctl list prints them; also used by the act commands' --dry-run.
QString entriesTable(const QList<api::DlqEntry> &entries);

} // namespace dlq::cli
