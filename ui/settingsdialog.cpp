#include "ui/settingsdialog.h"

#include "history/historystore.h"
#include "net/connectiontester.h"
#include "net/dlqurl.h"
#include "settings/appsettings.h"
#include "settings/tokenkeeper.h"
#include "ui/profiles/profilepicker.h"
#include "ui/resultdelegate.h"
#include "ui/targetresolver.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace dlq {

namespace {
QLabel *noteLabel(const QString &name, const QString &accessibleName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setAccessibleName(accessibleName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

void setErrorColour(QLabel *label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, ResultDelegate::errorColor(palette));
    label->setPalette(palette);
}
} // namespace

SettingsDialog::SettingsDialog(AppSettings *settings, TargetResolver *resolver, TokenKeeper *tokens,
                               QNetworkAccessManager *nam, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_resolver(resolver), m_tokens(tokens),
      m_edit(settings), m_editTokens(tokens), m_tester(new ConnectionTester(nam, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Connection settings"));
    setAccessibleName(windowTitle());
    buildForm();
    load();
    connect(m_tester, &ConnectionTester::finished, this, [this](bool ok, const QString &message) {
        m_test->setEnabled(true);
        m_testResult->setText((ok ? tr("✓ %1") : tr("✗ %1")).arg(message));
        growToFit();
    });
    connect(m_tester, &ConnectionTester::acceptedElsewhere, this,
            &SettingsDialog::acceptedElsewhere);
    connect(m_tokens, &TokenKeeper::saveFinished, this, &SettingsDialog::tokenSaved);
    connect(m_tokens, &TokenKeeper::keychainProblemChanged, this,
            &SettingsDialog::updateTokenPlaceholder);
}

void SettingsDialog::buildForm()
{
    m_profiles = new ProfilePicker(m_settings, m_tokens->keychain(), this);
    connect(m_profiles, &ProfilePicker::selectionChanged, this, &SettingsDialog::editProfile);
    connect(m_profiles, &ProfilePicker::edited, this, [this] {
        markModified();
        validate();
    });

    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("presetCombo"));
    m_preset->setAccessibleName(tr("Server"));
    m_preset->setToolTip(tr("Where the deletes are sent"));
    const QList<PresetInfo> presets = endpointPresets();
    for (const PresetInfo &info : presets)
        m_preset->addItem(info.label, int(info.preset));

    m_customUrl = new QLineEdit(this);
    m_customUrl->setObjectName(QStringLiteral("customUrlEdit"));
    m_customUrl->setAccessibleName(tr("Server URL"));
    m_urlError = noteLabel(QStringLiteral("urlErrorLabel"), tr("URL problem"), this);
    setErrorColour(m_urlError);

    m_token = new QLineEdit(this);
    m_token->setObjectName(QStringLiteral("tokenEdit"));
    m_token->setAccessibleName(tr("Token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setToolTip(tr("The QStash token from the Upstash console; sent only to the server "
                           "above, as a Bearer token"));
    m_showToken = new QToolButton(this);
    m_showToken->setObjectName(QStringLiteral("showTokenButton"));
    m_showToken->setAccessibleName(tr("Show typed token"));
    m_showToken->setToolTip(tr("Show or hide the token you are typing"));
    m_showToken->setText(tr("Show"));
    m_showToken->setCheckable(true);
    connect(m_showToken, &QToolButton::toggled, this, [this](bool shown) {
        m_token->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_showToken->setText(shown ? tr("Hide") : tr("Show"));
    });
    m_clearToken = new QPushButton(tr("Remove stored token"), this);
    m_clearToken->setObjectName(QStringLiteral("clearTokenButton"));
    m_clearToken->setAccessibleName(tr("Remove stored token"));
    m_clearToken->setToolTip(tr("Forget the stored token when you save"));
    m_clearToken->setAutoDefault(false);
    connect(m_clearToken, &QPushButton::clicked, this, &SettingsDialog::clearStoredToken);
    m_tokenNote = noteLabel(QStringLiteral("tokenNoteLabel"), tr("Token storage"), this);
    m_tokenInFile = new QCheckBox(tr("Store the token in the settings file instead (readable "
                                     "only by you, not encrypted)"),
                                  this);
    m_tokenInFile->setObjectName(QStringLiteral("tokenInFileCheck"));
    m_tokenInFile->setAccessibleName(tr("Store the token in the settings file"));
    m_tokenInFile->setToolTip(tr("Only when the system keychain cannot be used"));
    connect(m_tokenInFile, &QCheckBox::toggled, this, &SettingsDialog::updateTokenPlaceholder);
    m_envNotice = noteLabel(QStringLiteral("envNoticeLabel"), tr("Environment overrides"), this);
    QFont bold = m_envNotice->font();
    bold.setBold(true);
    m_envNotice->setFont(bold);

    m_concurrency = new QSpinBox(this);
    m_concurrency->setObjectName(QStringLiteral("concurrencySpin"));
    m_concurrency->setAccessibleName(tr("Parallel requests"));
    m_concurrency->setToolTip(tr("How many deletes are in flight at the same time"));
    m_concurrency->setRange(1, AppSettings::kMaxConcurrency);
    m_timeout = new QSpinBox(this);
    m_timeout->setObjectName(QStringLiteral("timeoutSpin"));
    m_timeout->setAccessibleName(tr("Timeout per request in seconds"));
    m_timeout->setToolTip(tr("A request that takes longer fails with a timeout"));
    m_timeout->setRange(1, AppSettings::kMaxTimeoutSeconds);
    m_timeout->setSuffix(tr(" s"));
    m_maxAttempts = new QSpinBox(this);
    m_maxAttempts->setObjectName(QStringLiteral("maxAttemptsSpin"));
    m_maxAttempts->setAccessibleName(tr("Attempts per ID"));
    m_maxAttempts->setToolTip(tr("How often one ID is tried in a run, the first try included, "
                                 "when the server is busy or the network fails"));
    m_maxAttempts->setRange(1, AppSettings::kMaxMaxAttempts);
    m_maxRetryDelay = new QSpinBox(this);
    m_maxRetryDelay->setObjectName(QStringLiteral("maxRetryDelaySpin"));
    m_maxRetryDelay->setAccessibleName(tr("Longest wait between tries in seconds"));
    m_maxRetryDelay->setToolTip(tr("Waits between tries grow after each failure, up to this "
                                   "(a server's Retry-After is still honoured)"));
    m_maxRetryDelay->setRange(1, AppSettings::kMaxRetryDelaySeconds);
    m_maxRetryDelay->setSuffix(tr(" s"));
    m_rate = new QSpinBox(this);
    m_rate->setObjectName(QStringLiteral("rateSpin"));
    m_rate->setAccessibleName(tr("Requests per second"));
    m_rate->setToolTip(tr("Upper limit of requests per second. Automatic follows the server's "
                          "rate-limit answers"));
    m_rate->setRange(0, AppSettings::kMaxRequestsPerSecond);
    m_rate->setSpecialValueText(tr("Automatic"));
    m_rate->setSuffix(tr(" /s"));
    m_historyDays = new QSpinBox(this);
    m_historyDays->setObjectName(QStringLiteral("historyRetentionSpin"));
    m_historyDays->setAccessibleName(tr("Keep history for days"));
    m_historyDays->setToolTip(tr("Runs older than this leave the history when you save and at "
                                 "every start"));
    m_historyDays->setRange(0, AppSettings::kMaxHistoryRetentionDays);
    m_historyDays->setSpecialValueText(tr("Forever"));
    m_historyDays->setSuffix(tr(" days"));

    m_snapshot = new QCheckBox(tr("Save a &copy of each entry before deleting it"), this);
    m_snapshot->setObjectName(QStringLiteral("snapshotBeforeDeleteCheck"));
    m_snapshot->setAccessibleName(tr("Save a copy of each entry before deleting it"));
    m_snapshot->setToolTip(tr("Pasted IDs are fetched first (one GET each, paced like the "
                              "deletes) and saved with their bodies, never with the token, so "
                              "“what did we delete?” has an answer: see Run → Snapshots"));

    const int spinWidth =
        m_timeout->fontMetrics().horizontalAdvance(QStringLiteral("Automatic 00")) + 48;
    for (QSpinBox *spin :
         {m_concurrency, m_timeout, m_maxAttempts, m_maxRetryDelay, m_rate, m_historyDays}) {
        spin->setMaximumWidth(spinWidth);
        connect(spin, &QSpinBox::valueChanged, this, &SettingsDialog::markModified);
    }

    m_test = new QPushButton(tr("Test co&nnection"), this);
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_test->setAccessibleName(tr("Test connection"));
    m_test->setToolTip(tr("Ask the server for one DLQ entry with these settings; deletes "
                          "nothing"));
    m_test->setAutoDefault(false);
    connect(m_test, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    m_testResult = noteLabel(QStringLiteral("testResultLabel"), tr("Connection test result"), this);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = m_buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("settingsSaveButton"));
    m_save->setAccessibleName(tr("Save settings"));
    m_save->setToolTip(tr("Save and use these settings"));
    QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("settingsCancelButton"));
    cancel->setAccessibleName(tr("Cancel"));
    cancel->setToolTip(tr("Close without changing anything"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(m_showToken);
    tokenRow->addWidget(m_clearToken);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_testResult, 1);
    testRow->addWidget(buildRegionRow());

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_preset);
    form->addRow(tr("&URL:"), m_customUrl);
    form->addRow(QString(), m_urlError);
    // A row holding a layout gets no buddy from QFormLayout, so the mnemonic needs one here.
    auto *tokenLabel = new QLabel(tr("&Token:"), this);
    tokenLabel->setBuddy(m_token);
    form->addRow(tokenLabel, tokenRow);
    form->addRow(QString(), m_tokenNote);
    form->addRow(QString(), m_tokenInFile);
    form->addRow(m_envNotice);
    form->addRow(tr("&Parallel requests:"), m_concurrency);
    form->addRow(tr("T&imeout per request:"), m_timeout);
    form->addRow(tr("&Attempts per ID:"), m_maxAttempts);
    form->addRow(tr("Longest &wait between tries:"), m_maxRetryDelay);
    form->addRow(tr("&Requests per second:"), m_rate);
    form->addRow(tr("Keep &history for:"), m_historyDays);
    form->addRow(QString(), m_snapshot);

    auto *layout = new QVBoxLayout(this);
    if (!m_settings->isConfigured()) {
        auto *intro = noteLabel(QStringLiteral("introLabel"), tr("Welcome"), this);
        intro->setText(tr("Choose where deletes go and paste your QStash token. To try the app "
                          "without touching a real queue, choose “Built-in sandbox”."));
        layout->addWidget(intro);
        layout->addSpacing(6);
    }
    layout->addWidget(m_profiles);
    layout->addLayout(form);
    layout->addLayout(testRow);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(620);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &SettingsDialog::presetChanged);
    connect(m_customUrl, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_customUrl, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_customText = text;
        markModified();
    });
    connect(m_preset, &QComboBox::activated, this, &SettingsDialog::markModified);
    connect(m_token, &QLineEdit::textEdited, this, &SettingsDialog::markModified);
    connect(m_tokenInFile, &QCheckBox::clicked, this, &SettingsDialog::markModified);
    connect(m_clearToken, &QPushButton::clicked, this, &SettingsDialog::markModified);
}

QWidget *SettingsDialog::buildRegionRow()
{
    m_switchRegion = new QPushButton(this);
    m_switchRegion->setObjectName(QStringLiteral("switchRegionButton"));
    m_switchRegion->setAccessibleName(tr("Switch this profile to the region that accepts the "
                                         "token"));
    m_switchRegion->setToolTip(tr("Use the server that accepted the token for this profile; "
                                  "saved with the other settings"));
    m_switchRegion->setAutoDefault(false);
    m_switchRegion->hide();
    connect(m_switchRegion, &QPushButton::clicked, this, &SettingsDialog::switchRegion);
    return m_switchRegion;
}

void SettingsDialog::setHistory(HistoryStore *history)
{
    m_history = history;
}

void SettingsDialog::setRegions(const QList<QUrl> &regions)
{
    m_tester->setRegions(regions);
}

void SettingsDialog::editProfile(const QString &name)
{
    m_tester->cancel();
    m_test->setEnabled(true);
    if (m_edit != m_settings)
        m_edit->deleteLater(); // with its TokenKeeper
    m_edit = m_settings;
    m_editTokens = m_tokens;
    if (name != m_settings->currentProfile()) {
        if (AppSettings *view = m_settings->profileView(name, this)) {
            m_edit = view;
            m_editTokens = new TokenKeeper(view, m_tokens->keychain(), view);
            connect(m_editTokens, &TokenKeeper::saveFinished, this, &SettingsDialog::tokenSaved);
            connect(m_editTokens, &TokenKeeper::keychainProblemChanged, this,
                    &SettingsDialog::updateTokenPlaceholder);
            // Its token arrives from the keychain later; the placeholder then shows it.
            connect(view, &AppSettings::changed, this, &SettingsDialog::updateTokenPlaceholder);
            m_editTokens->start();
        }
    }
    m_removeStoredToken = false;
    m_token->clear();
    load();
}

void SettingsDialog::markModified()
{
    if (m_loading)
        return;
    m_modified = true;
    m_profiles->setLocked(true);
}

void SettingsDialog::load()
{
    m_loading = true;
    const int index = m_preset->findData(int(m_edit->preset()));
    m_customText = m_edit->customUrl().toString();
    m_preset->setCurrentIndex(qMax(index, 0));
    m_concurrency->setValue(m_edit->concurrency());
    m_timeout->setValue(m_edit->timeoutSeconds());
    m_maxAttempts->setValue(m_edit->maxAttempts());
    m_maxRetryDelay->setValue(m_edit->maxRetryDelaySeconds());
    m_rate->setValue(m_edit->maxRequestsPerSecond());
    m_historyDays->setValue(m_settings->historyRetentionDays());
    m_snapshot->setChecked(m_settings->snapshotBeforeDelete());
    m_profiles->showProfile(m_edit);

    QStringList env;
    if (m_settings->tokenFromEnvironment())
        env << tr("QSTASH_TOKEN from the environment is used instead of the stored token.");
    if (m_settings->baseUrlFromEnvironment())
        env << tr("QSTASH_URL from the environment (%1) is used instead of the server chosen "
                  "here.")
                   .arg(m_settings->environmentBaseUrl().toDisplayString());
    m_envNotice->setText(env.join(QLatin1Char('\n')));
    m_envNotice->setVisible(!env.isEmpty());

    m_tokenInFile->setChecked(m_editTokens->hasKeychain() &&
                              m_edit->tokenStorage() == AppSettings::TokenStorage::File);
    presetChanged();
    updateTokenPlaceholder();
    m_loading = false;
    m_modified = false;
    m_profiles->setLocked(false);
}

EndpointPreset SettingsDialog::selectedPreset() const
{
    return EndpointPreset(m_preset->currentData().toInt());
}

QUrl SettingsDialog::customUrl() const
{
    return QUrl(m_customUrl->text().trimmed(), QUrl::StrictMode);
}

QString SettingsDialog::tokenToUse() const
{
    const QString typed = m_token->text().trimmed();
    if (!typed.isEmpty())
        return typed;
    return m_removeStoredToken ? QString() : m_edit->storedToken();
}

bool SettingsDialog::canSave() const
{
    return m_save->isEnabled();
}

void SettingsDialog::presetChanged()
{
    const EndpointPreset preset = selectedPreset();
    const bool custom = preset == EndpointPreset::Custom;
    m_customUrl->setReadOnly(!custom);
    m_customUrl->setEnabled(custom);
    if (custom) {
        m_customUrl->setPlaceholderText(tr("https://qstash.example.com"));
    } else {
        // Show where the preset goes without losing what was typed for Custom.
        m_customUrl->setPlaceholderText(preset == EndpointPreset::Sandbox
                                            ? tr("A free port on 127.0.0.1, chosen at start")
                                            : presetInfo(preset).url.toString());
    }
    // The field shows the custom URL only while Custom is chosen, so a greyed-out URL is never
    // mistaken for where the deletes go.
    if (custom)
        m_customUrl->setText(m_customText);
    else
        m_customUrl->clear();
    m_testResult->clear();
    m_switchRegion->hide();
    updateTokenPlaceholder();
    validate();
}

void SettingsDialog::validate()
{
    QString error;
    if (selectedPreset() == EndpointPreset::Custom) {
        if (m_customUrl->text().trimmed().isEmpty())
            error = tr("Enter the server's URL, for example https://qstash.example.com");
        else
            error = checkBaseUrl(customUrl());
    }
    m_urlError->setText(error);
    m_urlError->setVisible(!error.isEmpty());
    m_save->setEnabled(error.isEmpty() && m_profiles->nameProblem().isEmpty());
    growToFit();
}

void SettingsDialog::growToFit()
{
    // Rows that appear later need room the dialog did not have: wrapped labels (URL problems,
    // test results) height, the settings-file choice width. Grow, never shrink under the
    // user's hands. The layout does not widen the dialog itself: setMinimumWidth() overrides
    // the minimum it would set.
    QLayout *top = layout();
    top->activate();
    const int wide = qMax(width(), top->minimumSize().width());
    const int needed =
        top->hasHeightForWidth() ? top->totalHeightForWidth(wide) : sizeHint().height();
    if (wide > width() || needed > height())
        resize(wide, qMax(needed, height()));
}

void SettingsDialog::updateTokenPlaceholder()
{
    const QString stored = m_edit->storedToken();
    if (m_removeStoredToken)
        m_token->setPlaceholderText(tr("The stored token is removed when you save"));
    else if (!stored.isEmpty())
        m_token->setPlaceholderText(
            tr("Stored token %1 — type to replace").arg(AppSettings::fingerprint(stored)));
    else
        m_token->setPlaceholderText(tr("Paste your QStash token"));
    m_clearToken->setEnabled(!stored.isEmpty() && !m_removeStoredToken);

    QStringList notes;
    if (selectedPreset() == EndpointPreset::Sandbox)
        notes << tr("The sandbox uses its own test token; a token entered here is kept for the "
                    "real server.");
    notes << tokenStorageNotes();
    m_tokenNote->setText(notes.join(QLatin1Char('\n')));
}

QStringList SettingsDialog::tokenStorageNotes()
{
    const QString file = m_edit->fileName();
    const QString problem = m_editTokens->keychainProblem();
    const bool inFile = m_tokenInFile->isChecked();
    // The choice is offered only where the keychain failed or the file was chosen before.
    const bool fileChosen = m_edit->tokenStorage() == AppSettings::TokenStorage::File;
    m_tokenInFile->setVisible(m_editTokens->hasKeychain() &&
                              (inFile || fileChosen || !problem.isEmpty()));
    // Say where the token is only when there is one; otherwise say where a saved one goes.
    const bool stored = !m_removeStoredToken && !m_edit->storedToken().isEmpty();
    QStringList notes;
    if (!m_editTokens->hasKeychain() || inFile) {
        if (!file.isEmpty())
            notes << (stored ? tr("Stored in %1, readable only by you.").arg(file)
                             : tr("No token is stored. A token you save goes to %1, readable "
                                  "only by you.")
                                   .arg(file));
    } else if (!problem.isEmpty()) {
        notes << tr("The system keychain cannot be reached (%1).").arg(problem);
        if (m_edit->tokenStorage() == AppSettings::TokenStorage::Unset &&
            !m_edit->fileToken().isEmpty())
            notes << tr("Your token stays in %1 (readable only by you) until the keychain can "
                        "be reached.")
                         .arg(file);
        notes << tr("A new token is not saved unless you choose the settings file below.");
    } else {
        notes << (stored ? tr("Stored in the system keychain.")
                         : tr("No token is stored. A token you save goes to the system "
                              "keychain."));
    }
    return notes;
}

void SettingsDialog::clearStoredToken()
{
    m_removeStoredToken = true;
    m_token->clear();
    updateTokenPlaceholder();
}

void SettingsDialog::testConnection()
{
    const Target target = m_resolver->resolveFor(selectedPreset(), customUrl(), tokenToUse());
    if (!target.isUsable()) {
        m_testResult->setText(tr("✗ %1").arg(target.problem));
        growToFit();
        return;
    }
    m_test->setEnabled(false);
    m_switchRegion->hide();
    m_testResult->setText(tr("Testing %1…").arg(target.description()));
    m_tester->test(target.baseUrl, target.token, m_timeout->value() * 1000);
}

void SettingsDialog::save()
{
    if (!canSave() || m_savingToken)
        return;
    const QString typed = m_token->text().trimmed();
    const QString stored = m_edit->storedToken();
    const bool inFile = m_tokenInFile->isChecked();
    const bool wasInFile = m_edit->tokenStorage() == AppSettings::TokenStorage::File;
    const bool moves = !stored.isEmpty() && m_editTokens->hasKeychain() && inFile != wasInFile;
    if (typed.isEmpty() && !m_removeStoredToken && !moves) {
        saveAllButToken();
        return;
    }
    // The token first: when the keychain refuses it the dialog stays open with nothing
    // changed, so the user can choose the settings file instead.
    m_savingToken = true;
    m_save->setEnabled(false);
    if (m_editTokens->hasKeychain() && !inFile)
        m_tokenNote->setText(tr("Saving the token in the system keychain…"));
    m_editTokens->save(tokenToUse(), inFile);
}

void SettingsDialog::tokenSaved(bool ok)
{
    if (!m_savingToken)
        return;
    m_savingToken = false;
    if (ok) {
        saveAllButToken();
        return;
    }
    validate();
    updateTokenPlaceholder();
    growToFit();
}

void SettingsDialog::saveAllButToken()
{
    const EndpointPreset preset = selectedPreset();
    m_edit->setPreset(preset);
    if (preset == EndpointPreset::Custom)
        m_edit->setCustomUrl(customUrl());
    m_edit->setConcurrency(m_concurrency->value());
    m_edit->setTimeoutSeconds(m_timeout->value());
    m_edit->setMaxAttempts(m_maxAttempts->value());
    m_edit->setMaxRetryDelaySeconds(m_maxRetryDelay->value());
    m_edit->setMaxRequestsPerSecond(m_rate->value());
    m_profiles->applyTo(m_edit);
    m_settings->setHistoryRetentionDays(m_historyDays->value());
    m_settings->setSnapshotBeforeDelete(m_snapshot->isChecked());
    if (m_history && m_history->isOpen())
        m_history->prune(m_settings->historyRetentionDays());
    m_settings->markConfigured();
    m_settings->sync();
    accept();
}

void SettingsDialog::acceptedElsewhere(const QUrl &rejectedBy, const QUrl &acceptedBy)
{
    m_test->setEnabled(true);
    m_suggestedUrl = acceptedBy;
    const QString other = hostForDisplay(acceptedBy);
    m_testResult->setText(tr("The token is rejected by %1 but accepted by %2: switch this "
                             "profile to it?")
                              .arg(hostForDisplay(rejectedBy), other));
    m_switchRegion->setText(tr("Swit&ch to %1").arg(other));
    m_switchRegion->show();
    growToFit();
}

void SettingsDialog::switchRegion()
{
    const QUrl url = withoutTrailingSlash(m_suggestedUrl);
    EndpointPreset preset = EndpointPreset::Custom;
    const QList<PresetInfo> presets = endpointPresets();
    for (const PresetInfo &info : presets) {
        if (!info.url.isEmpty() && withoutTrailingSlash(info.url) == url)
            preset = info.preset;
    }
    if (preset == EndpointPreset::Custom)
        m_customText = url.toString();
    const int index = m_preset->findData(int(preset));
    if (index == m_preset->currentIndex())
        presetChanged();
    else
        m_preset->setCurrentIndex(index);
    markModified();
    m_testResult->setText(
        tr("This profile now uses %1; save to keep it.").arg(hostForDisplay(url)));
    m_preset->setFocus(Qt::OtherFocusReason);
    growToFit();
}

void SettingsDialog::done(int result)
{
    if (m_tester->isRunning())
        m_tester->cancel();
    QDialog::done(result);
}

} // namespace dlq
