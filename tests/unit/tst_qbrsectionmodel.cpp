// QbrSectionModel: the QBR builder's section list under QAbstractItemModelTester: all
// eleven sections whatever it is given, check boxes that turn sections on and off,
// moves by moveSection() (Alt+Up/Down), moveRows() and a drop of its own MIME data, and
// which of those count as the user's edits.
#include "qbr/QbrSectionModel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

QStringList keys(const QbrSectionModel &model)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.index(r).data(QbrSectionModel::KeyRole).toString();
    return out;
}

QStringList keys(const QList<QbrSectionState> &sections)
{
    QStringList out;
    for (const QbrSectionState &s : sections)
        out << Qbr::sectionKey(s.section);
    return out;
}

const QStringList defaultOrder = {
    u"cover"_s, u"executive_summary"_s, u"health"_s, u"adoption"_s,   u"value"_s, u"support"_s, u"goals"_s,
    u"voice"_s, u"renewal"_s,           u"risks"_s,  u"commitments"_s
};

} // namespace

class TestQbrSectionModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void alwaysHoldsAllElevenOnce();
    void rolesAndFlags();
    void checkBoxesTurnSectionsOnAndOff();
    void narrativesAreKeptAndNotUserEdits();
    void moveSection();
    void moveRowsRefusesNonsense();
    void dropOfItsOwnMimeDataMoves();

private:
    std::unique_ptr<QbrSectionModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestQbrSectionModel::init()
{
    m_tester.reset();
    m_model = std::make_unique<QbrSectionModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<QbrSectionState> sections;
    for (const QbrSection s : Qbr::allSections())
        sections.append({ s, true, u"About %1"_s.arg(Qbr::sectionKey(s)) });
    m_model->setSections(sections);
}

void TestQbrSectionModel::alwaysHoldsAllElevenOnce()
{
    QCOMPARE(m_model->rowCount(), 11);
    QCOMPARE(keys(*m_model), defaultOrder);

    // A partial list, with a repeat: the missing ones appended, off, in default order.
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy edited(m_model.get(), &QbrSectionModel::sectionsEdited);
    m_model->setSections({ { QbrSection::Support, true, u"first"_s },
                           { QbrSection::Cover, true, {} },
                           { QbrSection::Support, false, u"repeat"_s } });
    QCOMPARE(reset.count(), 1);
    QCOMPARE(edited.count(), 0); // not the user's doing
    QCOMPARE(m_model->rowCount(), 11);
    QCOMPARE(keys(*m_model).mid(0, 3), (QStringList { u"support"_s, u"cover"_s, u"executive_summary"_s }));
    QCOMPARE(keys(*m_model).last(), u"commitments"_s);
    QCOMPARE(m_model->index(0).data(QbrSectionModel::NarrativeRole).toString(), u"first"_s);
    QVERIFY(m_model->isEnabled(0));
    QVERIFY(m_model->isEnabled(1));
    for (int r = 2; r < 11; ++r)
        QVERIFY2(!m_model->isEnabled(r), qPrintable(QString::number(r)));
    QCOMPARE(m_model->sections().size(), 11);

    m_model->setSections({});
    QCOMPARE(keys(*m_model), defaultOrder);
}

void TestQbrSectionModel::rolesAndFlags()
{
    const QModelIndex health = m_model->index(2);
    QCOMPARE(health.data().toString(), Qbr::sectionTitle(QbrSection::Health));
    QCOMPARE(health.data().toString(), u"Health and trend"_s);
    QCOMPARE(health.data(QbrSectionModel::SectionRole).toInt(), int(QbrSection::Health));
    QCOMPARE(health.data(QbrSectionModel::KeyRole).toString(), u"health"_s);
    QCOMPARE(health.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    QCOMPARE(health.data(QbrSectionModel::NarrativeRole).toString(), u"About health"_s);
    QVERIFY(health.data(Qt::ToolTipRole).toString().contains(u"In the deck"_s));
    const Qt::ItemFlags flags = m_model->flags(health);
    QVERIFY(flags & Qt::ItemIsUserCheckable);
    QVERIFY(flags & Qt::ItemIsDragEnabled);
    QVERIFY(!(flags & Qt::ItemIsDropEnabled)); // drops go between sections
    QVERIFY(!(flags & Qt::ItemIsEditable));
    QVERIFY(m_model->flags({}) & Qt::ItemIsDropEnabled);
    QCOMPARE(m_model->rowOf(QbrSection::Voice), 7);
    QCOMPARE(m_model->sectionAt(7), QbrSection::Voice);
    QCOMPARE(m_model->supportedDropActions(), Qt::MoveAction);
    QCOMPARE(m_model->mimeTypes(), QStringList { QbrSectionModel::mimeType() });
}

void TestQbrSectionModel::checkBoxesTurnSectionsOnAndOff()
{
    QSignalSpy edited(m_model.get(), &QbrSectionModel::sectionsEdited);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    const QModelIndex voice = m_model->index(7);
    QVERIFY(m_model->setData(voice, Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(edited.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), voice);
    QCOMPARE(voice.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    QVERIFY(voice.data(Qt::ToolTipRole).toString().contains(u"Left out"_s));
    QVERIFY(!m_model->sections().at(7).enabled);

    // The same state again changes nothing.
    QVERIFY(m_model->setData(voice, Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(edited.count(), 1);
    QVERIFY(m_model->setEnabled(7, true));
    QCOMPARE(edited.count(), 2);
    QVERIFY(m_model->sections().at(7).enabled);
    // Titles are not editable; rows out of range are refused.
    QVERIFY(!m_model->setData(voice, u"Renamed"_s, Qt::EditRole));
    QVERIFY(!m_model->setEnabled(11, false));
    QVERIFY(!m_model->setEnabled(-1, false));
}

void TestQbrSectionModel::narrativesAreKeptAndNotUserEdits()
{
    QSignalSpy edited(m_model.get(), &QbrSectionModel::sectionsEdited);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setNarrative(QbrSection::Risks, u"The champion leaves in October."_s);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(edited.count(), 0);
    QCOMPARE(m_model->sections().at(9).narrative, u"The champion leaves in October."_s);
    m_model->setNarrative(QbrSection::Risks, u"The champion leaves in October."_s);
    QCOMPARE(changed.count(), 1); // unchanged text: no signal
    // The narrative travels with its section when it moves.
    QVERIFY(m_model->moveSection(9, 0));
    QCOMPARE(m_model->sections().first().section, QbrSection::Risks);
    QCOMPARE(m_model->sections().first().narrative, u"The champion leaves in October."_s);
}

void TestQbrSectionModel::moveSection()
{
    QSignalSpy edited(m_model.get(), &QbrSectionModel::sectionsEdited);
    QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
    // Alt+Down on Health: one row down.
    QVERIFY(m_model->moveSection(2, 3));
    QCOMPARE(keys(*m_model).mid(0, 5),
             (QStringList { u"cover"_s, u"executive_summary"_s, u"adoption"_s, u"health"_s, u"value"_s }));
    QCOMPARE(edited.count(), 1);
    QCOMPARE(moved.count(), 1);
    // Alt+Up on it: back.
    QVERIFY(m_model->moveSection(3, 2));
    QCOMPARE(keys(*m_model), defaultOrder);
    // To the end and to the top.
    QVERIFY(m_model->moveSection(0, 10));
    QCOMPARE(keys(*m_model).last(), u"cover"_s);
    QCOMPARE(keys(*m_model).first(), u"executive_summary"_s);
    QVERIFY(m_model->moveSection(10, 0));
    QCOMPARE(keys(*m_model), defaultOrder);
    QCOMPARE(keys(m_model->sections()), defaultOrder);
    QCOMPARE(edited.count(), 4);
    // Nowhere to go: refused, nothing emitted.
    QVERIFY(!m_model->moveSection(0, -1));
    QVERIFY(!m_model->moveSection(10, 11));
    QVERIFY(m_model->moveSection(4, 4)); // a no-op
    QCOMPARE(edited.count(), 4);
}

void TestQbrSectionModel::moveRowsRefusesNonsense()
{
    QSignalSpy edited(m_model.get(), &QbrSectionModel::sectionsEdited);
    QVERIFY(!m_model->moveRows({}, 3, 1, {}, 3)); // onto itself
    QVERIFY(!m_model->moveRows({}, 3, 1, {}, 4)); // just behind itself
    QVERIFY(!m_model->moveRows({}, 10, 2, {}, 0)); // past the end
    QVERIFY(!m_model->moveRows({}, 0, 1, {}, 12));
    QVERIFY(!m_model->moveRows(m_model->index(0), 0, 1, {}, 5)); // a list has no children
    QCOMPARE(edited.count(), 0);
    QCOMPARE(keys(*m_model), defaultOrder);
    // Two at once, as a view may ask: Goals and Voice before Health.
    QVERIFY(m_model->moveRows({}, 6, 2, {}, 2));
    QCOMPARE(keys(*m_model).mid(0, 5),
             (QStringList { u"cover"_s, u"executive_summary"_s, u"goals"_s, u"voice"_s, u"health"_s }));
    QCOMPARE(edited.count(), 1);
}

void TestQbrSectionModel::dropOfItsOwnMimeDataMoves()
{
    QSignalSpy edited(m_model.get(), &QbrSectionModel::sectionsEdited);
    // Drag Commitments (row 10) and drop it between the cover and the summary.
    std::unique_ptr<QMimeData> data(m_model->mimeData({ m_model->index(10) }));
    QVERIFY(data);
    QVERIFY(data->hasFormat(QbrSectionModel::mimeType()));
    QCOMPARE(data->text(), u"Next-quarter commitments"_s);
    QVERIFY(m_model->canDropMimeData(data.get(), Qt::MoveAction, 1, 0, {}));
    QVERIFY(!m_model->canDropMimeData(data.get(), Qt::CopyAction, 1, 0, {}));
    QVERIFY(m_model->dropMimeData(data.get(), Qt::MoveAction, 1, 0, {}));
    QCOMPARE(keys(*m_model).mid(0, 3),
             (QStringList { u"cover"_s, u"commitments"_s, u"executive_summary"_s }));
    QCOMPARE(edited.count(), 1);
    // The view then removes the dragged row: the model removes nothing.
    QVERIFY(!m_model->removeRows(1, 1));
    QCOMPARE(m_model->rowCount(), 11);

    // Dropped on a section: before it. Dropped below the last: at the end.
    std::unique_ptr<QMimeData> cover(m_model->mimeData({ m_model->index(0) }));
    QVERIFY(m_model->dropMimeData(cover.get(), Qt::MoveAction, -1, -1, m_model->index(3)));
    QCOMPARE(keys(*m_model).mid(0, 3),
             (QStringList { u"commitments"_s, u"executive_summary"_s, u"cover"_s }));
    std::unique_ptr<QMimeData> first(m_model->mimeData({ m_model->index(0) }));
    QVERIFY(m_model->dropMimeData(first.get(), Qt::MoveAction, -1, -1, {}));
    QCOMPARE(keys(*m_model).last(), u"commitments"_s);

    // Foreign or broken data is refused.
    QMimeData text;
    text.setText(u"cover"_s);
    QVERIFY(!m_model->canDropMimeData(&text, Qt::MoveAction, 0, 0, {}));
    QVERIFY(!m_model->dropMimeData(&text, Qt::MoveAction, 0, 0, {}));
    QMimeData broken;
    broken.setData(QbrSectionModel::mimeType(), "99");
    QVERIFY(!m_model->dropMimeData(&broken, Qt::MoveAction, 0, 0, {}));
    QCOMPARE(m_model->rowCount(), 11);
}

QTEST_GUILESS_MAIN(TestQbrSectionModel)
#include "tst_qbrsectionmodel.moc"
