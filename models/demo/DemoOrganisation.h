#pragma once

#include <QByteArray>
#include <QList>
#include <array>

class DemoCsvFile;

struct DemoUser
{
    QByteArray id;
    QByteArray name;
    QByteArray email;
    QByteArray role; // manager | csm | ops
    QByteArray team;
    QByteArray managerId;
    QByteArray title;
};

// The demo company's Customer Success organisation: one team (or, for big books,
// several pods of up to five CSMs) per desk, each with a manager, plus CS Ops.
// Sized from the expected number of accounts per desk so that a CSM carries about
// 25 (enterprise) to 55 (SMB) accounts; accounts are dealt round-robin within a desk.
class DemoOrganisation
{
public:
    enum class Desk
    {
        Enterprise,
        MidMarket,
        Smb,
        GreaterChina
    };

    DemoOrganisation(qint64 accounts, quint64 seed);

    const QList<DemoUser> &users() const { return m_users; }
    // The CSM who takes the next account of a desk.
    const DemoUser &nextCsm(Desk desk);

    void write(DemoCsvFile &file) const;

private:
    QList<DemoUser> m_users;
    std::array<QList<qsizetype>, 4> m_csms; // indexes into m_users
    std::array<qsizetype, 4> m_next {};
};
