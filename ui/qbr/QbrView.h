#pragma once

#include "qbr/QbrData.h"
#include "qbr/QbrDocument.h"
#include "qbr/QbrRenderer.h"

#include <QDate>
#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <optional>

class AccountListModel;
class Database;
class ElidedLabel;
class EmptyStateWidget;
class ExportJob;
class QAction;
class QComboBox;
class QCompleter;
class QFrame;
class QLabel;
class QLineEdit;
class QListView;
class QProgressDialog;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QToolButton;
class QbrPreview;
class QbrSectionEditor;
class QbrSectionModel;
class Workspace;

// The QBR builder: pick an account (of the workspace's scope) and a quarter, and prepare
// its quarterly business review. Left, the sections (check to include, drag or Alt+Up /
// Alt+Down to reorder); middle, the selected section's words and tables or the figures
// the cache gives; right, the live preview of the deck, painted on a worker thread.
//
// Saved as typed: every edit is written to the cache (QbrStore) half a second after the
// last keystroke, and at once when the account or quarter changes, when the view hides and
// when it is destroyed. Exports (Ctrl+E PDF, Ctrl+Shift+E HTML) run on a worker thread
// with a progress dialog that can cancel; "Mark delivered" turns the commitments into
// tasks on the account.
class QbrView : public QWidget
{
    Q_OBJECT
public:
    // How long after the last edit the draft is saved, and the preview follows.
    static constexpr int saveDelayMs = 500;
    static constexpr int previewDelayMs = 300;
    // Steady typing without a pause still saves, and updates the preview, this often.
    static constexpr int maxSaveDelayMs = 2000;
    static constexpr int maxPreviewDelayMs = 1000;
    // The quarters offered: the current one and this many before it.
    static constexpr int pastQuarters = 7;

    QbrView(Database &db, Workspace &workspace, QWidget *parent = nullptr);
    // Saves what is still pending.
    ~QbrView() override;

    // "Today" for the quarters offered and the figures; the current date unless set.
    void setToday(const QDate &today);
    QDate today() const;

    QString accountId() const { return m_accountId; }
    QbrQuarter quarter() const { return m_quarter; }
    // The QBR as edited (saved or about to be).
    const QbrDocument &document() const { return m_document; }
    bool hasData() const { return m_data.has_value(); }
    const QbrData &data() const;
    // An edit waits for its save.
    bool hasPendingSave() const { return m_dirty; }
    bool isExporting() const;

    // The quarter offered first: the last complete one.
    static QbrQuarter defaultQuarter(const QDate &today);

    QLineEdit *accountPicker() const { return m_accountPicker; }
    QCompleter *accountCompleter() const { return m_completer; }
    QComboBox *quarterPicker() const { return m_quarterBox; }
    QLabel *statusChip() const { return m_chip; }
    QListView *sectionList() const { return m_sectionList; }
    QbrSectionModel *sectionModel() const { return m_sections; }
    QbrSectionEditor *editor() const { return m_editor; }
    QbrPreview *preview() const { return m_preview; }
    QLabel *bannerText() const { return m_bannerText; }
    QStackedWidget *pages() const { return m_pages; }
    EmptyStateWidget *emptyState() const { return m_empty; }
    QAction *exportPdfAction() const { return m_exportPdf; }
    QAction *exportHtmlAction() const { return m_exportHtml; }
    QAction *startFromLastAction() const { return m_startFromLast; }
    QAction *markDeliveredAction() const { return m_markDelivered; }
    QAction *deckSettingsAction() const { return m_deckSettings; }

    // Writes the QBR to `path` (PDF, or HTML for .html/.htm) as the export buttons do
    // without asking: on a worker thread, behind a progress dialog that can cancel (a
    // cancelled export leaves no file). False when there is nothing to export or an export
    // runs; exportFinished() tells how it ended.
    bool exportTo(const QString &path);

public Q_SLOTS:
    // Shows the QBR of `accountId` for the quarter picked (after saving the current one).
    void setAccount(const QString &accountId);
    void setQuarter(const QbrQuarter &quarter);
    // Writes a pending edit now; false (and the view says why) when the cache refused it.
    bool save();
    // Re-reads the accounts and the figures (after an import); the words stay.
    void reload();
    void exportPdf();
    void exportHtml();
    void startFromLastQuarter();
    void markDelivered();
    void openDeckSettings();

Q_SIGNALS:
    void accountRequested(const QString &accountId);
    void importRequested();
    void demoDataRequested();
    // An account and quarter were loaded into the editor.
    void documentLoaded();
    // A draft was written to the cache.
    void saved();
    void exportFinished(const QString &path, bool ok);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Page
    {
        NoAccounts,
        ChooseAccount,
        Body,
    };

    QWidget *createHeader();
    QWidget *createBody();
    void createActions();
    void load();
    void showPage(Page page);
    void fillQuarters();
    void updateQuarterLabels();
    void updateChip();
    void updateActions();
    void updateAccountFilter();
    void restorePickerText();
    void pickAccountFromText();
    void onSectionsEdited();
    void onSelectionChanged();
    void moveCurrentSection(int delta);
    void markDirty();
    void schedulePreview(int delayMs);
    void refreshPreview();
    QbrRenderer::Options rendererOptions() const;
    QString accountName() const;
    QString author() const;
    bool isPristine() const;
    int commitmentTaskCount() const;
    void exportAs(bool html);
    void onExportFinished();
    void showBanner(const QString &html, const char *tone);
    void setHeading(const QString &title, const QString &subtitle);

    Database &m_db;
    QPointer<Workspace> m_workspace;
    QString m_author;
    QDate m_today;
    QString m_accountId;
    QString m_restoreAccountId; // from the settings, loaded on the first show
    QbrQuarter m_quarter;
    QbrDocument m_document;
    std::optional<QbrData> m_data;
    bool m_saved = false; // the draft exists in the cache
    bool m_dirty = false;
    QString m_saveError;
    QString m_loadError;
    QString m_templateName;
    bool m_filling = false;
    QTimer m_saveTimer;
    QTimer m_previewTimer;
    QElapsedTimer m_dirtySince;
    QElapsedTimer m_previewPendingSince;

    AccountListModel *m_accounts;
    QCompleter *m_completer;
    QbrSectionModel *m_sections;
    ExportJob *m_exportJob;
    QPointer<QProgressDialog> m_exportProgress;

    ElidedLabel *m_title = nullptr;
    ElidedLabel *m_subtitle = nullptr;
    QLabel *m_chip = nullptr;
    QLineEdit *m_accountPicker = nullptr;
    QComboBox *m_quarterBox = nullptr;
    QPushButton *m_startButton = nullptr;
    QToolButton *m_settingsButton = nullptr;
    QPushButton *m_deliverButton = nullptr;
    QPushButton *m_htmlButton = nullptr;
    QPushButton *m_pdfButton = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QStackedWidget *m_pages = nullptr;
    EmptyStateWidget *m_noAccounts = nullptr;
    EmptyStateWidget *m_empty = nullptr;
    QSplitter *m_splitter = nullptr;
    QWidget *m_listPanel = nullptr;
    QListView *m_sectionList = nullptr;
    QToolButton *m_upButton = nullptr;
    QToolButton *m_downButton = nullptr;
    QbrSectionEditor *m_editor = nullptr;
    QbrPreview *m_preview = nullptr;
    QToolButton *m_expandPreview = nullptr;

    QAction *m_exportPdf = nullptr;
    QAction *m_exportHtml = nullptr;
    QAction *m_startFromLast = nullptr;
    QAction *m_markDelivered = nullptr;
    QAction *m_deckSettings = nullptr;
    QAction *m_findAccount = nullptr;
    QAction *m_largerPreview = nullptr;
};
