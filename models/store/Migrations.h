#pragma once

#include <QList>
#include <QString>

// The schema, as forward steps. Step N takes a cache from version N-1 to N and runs in
// one transaction. Never edit a released step: add a new one.
struct Migration
{
    int version;
    QString description;
    QList<QString> statements;
};

const QList<Migration> &schemaMigrations();
