#pragma once

#include "QbrQuarter.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// The parts of a QBR, in their default order. Keys (sectionKey) are the JSON names used
// in templates and drafts: "cover", "executive_summary", "health", "adoption", "value",
// "support", "goals", "voice", "renewal", "risks", "commitments".
enum class QbrSection
{
    Cover,
    ExecutiveSummary,
    Health,
    Adoption,
    Value,
    Support,
    Goals,
    Voice,
    Renewal,
    Risks,
    Commitments,
};

class Qbr
{
    Q_DECLARE_TR_FUNCTIONS(Qbr)

public:
    static QList<QbrSection> allSections();
    static QString sectionKey(QbrSection section);
    static std::optional<QbrSection> sectionFromKey(const QString &key);
    // The section's title as the user and the PDF show it (translated).
    static QString sectionTitle(QbrSection section);
    // The same in English, marked for translation in the "Qbr" context (the renderer
    // translates it into the deck's own language).
    static const char *sectionTitleSource(QbrSection section);

    // Goal statuses (QbrGoal::status): "not_started", "on_track", "at_risk", "done".
    static QStringList goalStatuses();
    static QString goalStatusLabel(const QString &status); // translated; the keyword if unknown

    // The placeholders narratives may use: "{account}", "{quarter}", "{csm}".
    static QStringList placeholders();
    // `text` with {account} (the name, else the id), {quarter} ("Q3 2026") and {csm}
    // filled in; anything else left as it is.
    static QString fillPlaceholders(const QString &text, const QString &accountName,
                                    const QbrQuarter &quarter, const QString &csmName);
};

// One section of a QBR as the CSM set it up: shown or not, and the CSM's own words.
struct QbrSectionState
{
    QbrSection section = QbrSection::Cover;
    bool enabled = true;
    QString narrative; // plain text, paragraphs separated by blank lines
};

// Baseline vs current value of a KPI the CSM tracks with the customer ("value delivered").
struct QbrKpi
{
    QString name; // "Tickets resolved per agent per day"
    QString unit; // "", "%", "h", "USD"...
    std::optional<double> baseline;
    std::optional<double> current;
    QString note;
};

// A goal of the success plan and how far it got.
struct QbrGoal
{
    QString goal;
    int progress = 0; // 0..100
    QString status; // "on_track", "at_risk", "done", "not_started"
};

struct QbrRisk
{
    QString risk;
    QString mitigation;
    bool closed = false; // mitigated or gone: not carried into next quarter's QBR
};

// A next-quarter commitment; it becomes a task on the account when the QBR is delivered.
struct QbrCommitment
{
    QString what;
    QString owner; // free text: "Acme: Jane Doe" or a CSM's name
    QDate due;
};

// Which sections, in what order, with what default narrative. JSON:
// { "format": "pitwall-qbr-template", "version": 1, "name": "Standard QBR",
//   "sections": [ { "key": "cover", "enabled": true, "narrative": "..." }, ... ] }.
// "format" and "version" are optional (when given they must be these); "enabled"
// defaults to true and "narrative" to "". Narratives may use {account}, {quarter}, {csm};
// any other {word} is refused as a typo. Unknown members, unknown or repeated section keys
// are refused. Sections the template leaves out are appended, disabled, in the default
// order (the CSM can still turn them on), so `sections` always holds all eleven.
// A default ships (resource :/pitwall/qbr/default-template.json); CS Ops can publish one
// with the central export as "qbr-template.json" (stored in config_documents as
// "qbr_template"), which then replaces the default.
struct QbrTemplate
{
    QString name;
    QList<QbrSectionState> sections;

    // The shipped template, its name and narratives in the application's language.
    static QbrTemplate builtIn();
    // Its name and narratives in English, as default-template.json holds them.
    static QStringList builtInSourceTexts();
    static QString builtInPath(); // ":/pitwall/qbr/default-template.json"
    // nullopt and *error (naming what is wrong) for an invalid document.
    static std::optional<QbrTemplate> fromJson(const QByteArray &json, QString *error);
    QByteArray toJson() const;
};

// A QBR: an account plus a quarter, the sections and the CSM's inputs. Saved as a draft
// while it is typed (QbrStore); "delivered" once sent to the customer.
struct QbrDocument
{
    enum class Status
    {
        Draft,
        Delivered,
    };

    QString accountId;
    QbrQuarter quarter;
    QString templateName;
    QList<QbrSectionState> sections; // in the order they are shown
    QList<QbrKpi> kpis;
    QList<QbrGoal> goals;
    QList<QbrRisk> risks;
    QList<QbrCommitment> commitments;
    // Set by QbrStore (its columns win over the JSON): save() never changes the status,
    // markDelivered() does.
    Status status = Status::Draft;
    QDateTime deliveredAt;
    QDateTime updatedAt;

    bool isValid() const { return !accountId.isEmpty() && quarter.isValid(); }
    const QbrSectionState *section(QbrSection s) const;
    QbrSectionState *section(QbrSection s);

    // A new QBR from a template, placeholders in the narratives filled in.
    static QbrDocument fromTemplate(const QbrTemplate &tmpl, const QString &accountId,
                                    const QbrQuarter &quarter, const QString &accountName,
                                    const QString &csmName);
    // "Start from last quarter's QBR": the same sections, narrative, KPIs (last
    // quarter's current becomes this quarter's baseline), goals and open risks; no
    // commitments, status draft.
    QbrDocument carriedForwardTo(const QbrQuarter &quarter) const;

    // { "format": "pitwall-qbr", "version": 1, "account_id", "quarter": "2026Q3",
    //   "template", "status": "draft"|"delivered", "updated_at", "delivered_at" (ISO UTC
    //   or null), "sections": [ {key, enabled, narrative} ], "kpis": [ {name, unit,
    //   baseline, current (numbers or null), note} ], "goals": [ {goal, progress, status} ],
    //   "risks": [ {risk, mitigation, closed} ], "commitments": [ {what, owner, due
    //   (YYYY-MM-DD or null)} ] }. fromJson() refuses a wrong account/quarter, unknown or
    //   repeated section keys, progress outside 0..100, an unknown goal status or a bad
    //   date (*error names it); sections missing from the JSON are appended disabled.
    QJsonObject toJson() const;
    static std::optional<QbrDocument> fromJson(const QJsonObject &json, QString *error);

    static QString statusKeyword(Status status); // "draft", "delivered"
};
