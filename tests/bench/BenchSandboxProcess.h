#pragma once

// m3ter-sandbox in a process of its own for the benchmarks, so what a benchmark measures in its
// own process (RSS above all) is the client alone. The sandbox is started with --log-requests
// and every line it prints is counted here, by origin and route.

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QTimer>
#include <QUrl>

namespace bench {

class SandboxProcess {
public:
    struct Counts {
        int api = 0;       // requests on the API origin, 429s included
        int throttled = 0; // of which answered 429
        int downloads = 0; // requests on the download origin
        QMap<QString, int> apiByRoute;
    };

    ~SandboxProcess() { stop(); }

    // Starts `program` with `arguments` (plus --log-requests) and waits for its banner.
    bool start(const QString &program, QStringList arguments, QString *error) {
        arguments << QStringLiteral("--log-requests");
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, [this] { readLines(); });
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(program, arguments);
        if (!m_process.waitForStarted(10000)) {
            *error = QStringLiteral("cannot start %1: %2").arg(program, m_process.errorString());
            return false;
        }
        QElapsedTimer timer;
        timer.start();
        while (!m_ready && timer.elapsed() < 60000 && m_process.state() == QProcess::Running) {
            QEventLoop loop;
            QTimer::singleShot(20, &loop, &QEventLoop::quit);
            loop.exec();
        }
        if (!m_ready || !baseUrl.isValid() || orgId.isEmpty()) {
            *error = QStringLiteral("%1 did not report its address").arg(program);
            return false;
        }
        return true;
    }

    void stop() {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate(); // SIGTERM: a clean quit
        if (!m_process.waitForFinished(10000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }

    // Lets the lines already written by the sandbox arrive, then starts counting afresh.
    void resetCounts() {
        drain();
        counts = Counts();
    }

    // Reads what the sandbox printed until nothing new came for quietMs.
    void drain(int quietMs = 200) {
        qint64 seen = -1;
        while (seen != m_lines) {
            seen = m_lines;
            QEventLoop loop;
            QTimer::singleShot(quietMs, &loop, &QEventLoop::quit);
            loop.exec();
            readLines();
        }
    }

    // A field of /proc/<pid>/status of the sandbox in bytes ("VmHWM"); 0 if unknown.
    qint64 statusBytes(const char *field) const {
        QFile file(QStringLiteral("/proc/%1/status").arg(m_process.processId()));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return 0;
        const QByteArray prefix = QByteArray(field) + ':';
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (line.startsWith(prefix))
                return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong() * 1024;
        }
        return 0;
    }

    QUrl baseUrl;
    QString orgId;
    QString clientId = QStringLiteral("sandbox-client");
    QString clientSecret = QStringLiteral("sandbox-secret");
    Counts counts;

private:
    void readLines() {
        m_buffer += m_process.readAllStandardOutput();
        qsizetype start = 0;
        for (;;) {
            const qsizetype end = m_buffer.indexOf('\n', start);
            if (end < 0)
                break;
            line(m_buffer.mid(start, end - start));
            start = end + 1;
        }
        m_buffer.remove(0, start);
    }

    void line(const QByteArray &text) {
        if (text.startsWith("request\t")) {
            ++m_lines;
            const QList<QByteArray> f = text.split('\t'); // request origin route status
            if (f.size() < 4)
                return;
            if (f.at(1) == "download") {
                ++counts.downloads;
                return;
            }
            ++counts.api;
            ++counts.apiByRoute[QString::fromUtf8(f.at(2))];
            if (f.at(3) == "429")
                ++counts.throttled;
            return;
        }
        const QString s = QString::fromUtf8(text).trimmed();
        const auto value = [&s] { return s.mid(s.indexOf(QLatin1Char(':')) + 1).trimmed(); };
        if (s.startsWith(QLatin1String("base URL:")))
            baseUrl = QUrl(value());
        else if (s.startsWith(QLatin1String("org id:")))
            orgId = value();
        else if (s.startsWith(QLatin1String("client id:")))
            clientId = value();
        else if (s.startsWith(QLatin1String("client secret:")))
            clientSecret = value();
        else if (s.startsWith(QLatin1String("Press Ctrl-C")))
            m_ready = true;
    }

    QProcess m_process;
    QByteArray m_buffer;
    qint64 m_lines = 0;
    bool m_ready = false;
};

} // namespace bench
