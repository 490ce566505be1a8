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

// `env`: variables set for the run on top of the test's own (LC_ALL=C.UTF-8 from CTest), as NAME=VALUE.
inline Run runLuming(const QStringList& args, const QStringList& env = {}) {
    QProcess p;
    if (!env.isEmpty()) {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        for (const QString& kv : env)
            e.insert(kv.section(u'=', 0, 0), kv.section(u'=', 1));
        p.setProcessEnvironment(e);
    }
    p.start(QStringLiteral(LUMING_CLI_PATH), args);
    p.waitForFinished(300000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace luming::test
