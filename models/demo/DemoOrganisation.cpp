#include "DemoOrganisation.h"

#include "DemoCatalog.h"
#include "DemoCsvFile.h"
#include "DemoNames.h"
#include "DemoRandom.h"

#include <QSet>
#include <cmath>

using namespace DemoCatalog;
using namespace Qt::StringLiterals;

namespace {

struct DeskProfile
{
    const char *team;
    double share; // expected share of the book
    double accountsPerCsm; // enterprise books are small, SMB books large
    bool chinese;
    const char *managerTitle;
    const char *csmTitles[3];
};

constexpr double greaterChinaShare = regionShares[static_cast<int>(Region::GreaterChina)];

constexpr DeskProfile desks[] = {
    { "Enterprise",
      (1 - greaterChinaShare) * segmentShares[0],
      25,
      false,
      "Director, Enterprise Customer Success",
      { "Senior Customer Success Manager", "Principal Customer Success Manager",
        "Senior Customer Success Manager" } },
    { "Mid-Market",
      (1 - greaterChinaShare) * segmentShares[1],
      40,
      false,
      "Customer Success Team Lead",
      { "Customer Success Manager", "Senior Customer Success Manager", "Customer Success Manager" } },
    { "SMB & Growth",
      (1 - greaterChinaShare) * segmentShares[2],
      55,
      false,
      "Customer Success Team Lead",
      { "Customer Success Manager", "Associate Customer Success Manager", "Customer Success Manager" } },
    { "大中华区",
      greaterChinaShare,
      38,
      true,
      "客户成功总监",
      { "客户成功经理", "高级客户成功经理", "客户成功经理" } },
};

constexpr int maxCsmsPerTeam = 5;

class UserFactory
{
public:
    explicit UserFactory(quint64 seed)
        : m_rng(seed, 0xC5C5C5C5C5C5C5C5ULL)
    { }

    DemoUser make(bool chinese, const QByteArray &role, const QByteArray &team, const QByteArray &title)
    {
        DemoUser u;
        u.id = "USR-" + QByteArray::number(++m_count).rightJustified(4, '0');
        u.role = role;
        u.team = team;
        u.title = title;
        DemoPersonName name;
        for (int attempt = 0;; ++attempt) {
            name = chinese ? DemoNames::person(m_rng, Culture::Chinese, 0.15)
                           : DemoNames::person(m_rng, westernCulture());
            if (attempt >= 30 && !name.hanzi) {
                // A middle initial, as a directory does when two people share a name.
                const char initial = char('A' + m_rng.between(0, 25));
                name.full = name.first + ' ' + initial + ". " + name.last;
                name.emailLocal += char(initial - 'A' + 'a');
            }
            if (!m_names.contains(name.full) || attempt >= 60)
                break;
        }
        m_names.insert(name.full);
        u.name = name.full;
        QByteArray local = name.emailLocal;
        for (int n = 2; m_emails.contains(local); ++n)
            local = name.emailLocal + QByteArray::number(n);
        m_emails.insert(local);
        u.email = local + "@pitwall-demo.example";
        return u;
    }

private:
    Culture westernCulture()
    {
        static constexpr Culture cultures[] = { Culture::Anglo,  Culture::Romance,        Culture::Germanic,
                                                Culture::Indian, Culture::SoutheastAsian, Culture::Chinese };
        const int i = m_rng.weighted({ 55, 10, 10, 12, 5, 8 });
        return cultures[i];
    }

    DemoRandom m_rng;
    qint64 m_count = 0;
    QSet<QByteArray> m_names;
    QSet<QByteArray> m_emails;
};

} // namespace

DemoOrganisation::DemoOrganisation(qint64 accounts, quint64 seed)
{
    UserFactory factory(seed);
    for (int d = 0; d < int(std::size(desks)); ++d) {
        const DeskProfile &desk = desks[d];
        const double expected = double(accounts) * desk.share;
        // Small books still get a team of up to three; big ones follow the ratio.
        const qint64 byRatio = qint64(std::floor(expected / desk.accountsPerCsm + 0.5));
        const qint64 minimum = qMin<qint64>(3, qint64(std::ceil(expected / 10)));
        const qint64 csms = qMax<qint64>(1, qMax(byRatio, minimum));
        const qint64 teams = (csms + maxCsmsPerTeam - 1) / maxCsmsPerTeam;
        qint64 placed = 0;
        for (qint64 t = 0; t < teams; ++t) {
            const QByteArray team = teams == 1 ? QByteArray(desk.team)
                                               : QByteArray(desk.team + " "_ba + QByteArray::number(t + 1));
            const DemoUser manager = factory.make(desk.chinese, "manager", team, desk.managerTitle);
            m_users.append(manager);
            // Spread the CSMs evenly over the pods.
            const qint64 inTeam = (csms * (t + 1)) / teams - placed;
            placed += inTeam;
            for (qint64 c = 0; c < inTeam; ++c) {
                const char *title = desk.csmTitles[c % 3];
                DemoUser csm = factory.make(desk.chinese, "csm", team, title);
                csm.managerId = manager.id;
                m_csms[d].append(m_users.size());
                m_users.append(csm);
            }
        }
    }
    m_users.append(factory.make(false, "ops", "CS Operations", "CS Operations Manager"));
}

const DemoUser &DemoOrganisation::nextCsm(Desk desk)
{
    const int d = static_cast<int>(desk);
    const QList<qsizetype> &csms = m_csms[d];
    return m_users.at(csms.at(m_next[d]++ % csms.size()));
}

void DemoOrganisation::write(DemoCsvFile &file) const
{
    for (const DemoUser &u : m_users) {
        file.plain(u.id)
            .text(u.name)
            .text(u.email)
            .plain(u.role)
            .text(u.team)
            .plain(u.managerId)
            .text(u.title);
        file.boolean(true).endRow();
    }
}
