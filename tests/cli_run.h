// Runs the real `luming` command (LUMING_CLI_PATH, built beside the tests) and keeps what it said.
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace luming::test {

struct Run {
    int status = -1; // exit status; -1 when it crashed or did not finish in 5 minutes
    QString out;
    QString err;
};

inline Run runLuming(const QStringList& args) {
    QProcess p;
    p.start(QStringLiteral(LUMING_CLI_PATH), args);
    p.waitForFinished(300000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace luming::test
