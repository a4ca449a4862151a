#pragma once

// Finds what blocks the GUI thread: a QApplication that times every event it delivers on the
// GUI thread at the top level of the event loop (nested deliveries count in their outer event)
// and keeps the ones that took longer than a threshold, with the receiver's class and the event
// type, plus a total per (class, event type). Qt 6 calls notify() for the events of every
// thread; those of other threads (the network thread's, for one) pass through untouched. Off unless
// start() is called; a bench enables it with an option, so its figures without the option stay
// comparable with earlier runs.

#include "BenchSupport.h"

#include <QApplication>
#include <QEvent>
#include <QHash>
#include <QMetaEnum>
#include <QMetaObject>
#include <QTextStream>
#include <QThread>
#include <QVector>

#include <algorithm>

namespace bench {

class TracingApplication : public QApplication {
public:
    TracingApplication(int &argc, char **argv)
        : QApplication(argc, argv) {}

    struct Stall {
        qint64 atNs = 0; // since start()
        qint64 ns = 0;
        qint64 cpuNs = 0; // the GUI thread's own CPU time: ns minus waiting for a core
        QByteArray receiverClass;
        QString receiverName;
        int eventType = 0;
    };
    struct Total {
        qint64 ns = 0;
        qint64 cpuNs = 0;
        qint64 maxNs = 0;
        int count = 0;
    };

    // Records from now on every top-level event of at least thresholdNs.
    void start(qint64 thresholdNs) {
        m_thresholdNs = thresholdNs;
        m_stalls.clear();
        m_totals.clear();
        m_paints.clear();
        m_t0 = monotonicNs();
        m_on = true;
    }
    void stop() { m_on = false; }
    const QVector<Stall> &stalls() const { return m_stalls; }

    static QString eventName(int type) {
        const char *key = QMetaEnum::fromType<QEvent::Type>().valueToKey(type);
        return key ? QString::fromLatin1(key) : QString::number(type);
    }

    // The stalls in order, then the totals per (receiver class, event type), largest first.
    void report(QTextStream &out, int topTotals = 15) const {
        out << "  events of >= " << double(m_thresholdNs) / 1e6
            << " ms on the GUI thread: " << m_stalls.size() << Qt::endl;
        for (const Stall &s : m_stalls)
            out << "    at " << double(s.atNs) / 1e9 << " s: " << double(s.ns) / 1e6 << " ms (CPU "
                << double(s.cpuNs) / 1e6 << ")  " << s.receiverClass << ' ' << s.receiverName
                << "  " << eventName(s.eventType) << Qt::endl;
        QVector<QPair<QByteArray, Total>> totals;
        for (auto it = m_totals.cbegin(); it != m_totals.cend(); ++it)
            totals.append({it.key(), it.value()});
        std::sort(totals.begin(), totals.end(),
                  [](const auto &a, const auto &b) { return a.second.ns > b.second.ns; });
        out << "  GUI-thread time by receiver class and event type (top " << topTotals
            << "): total ms / CPU ms / events / max ms" << Qt::endl;
        for (int i = 0; i < std::min<int>(topTotals, int(totals.size())); ++i)
            out << "    " << double(totals[i].second.ns) / 1e6 << " / "
                << double(totals[i].second.cpuNs) / 1e6 << " / " << totals[i].second.count << " / "
                << double(totals[i].second.maxNs) / 1e6 << "  " << totals[i].first << Qt::endl;
        out << "  paint events by widget class: CPU ms / events" << Qt::endl;
        for (auto it = m_paints.cbegin(); it != m_paints.cend(); ++it)
            out << "    " << double(it.value().cpuNs) / 1e6 << " / " << it.value().count << "  "
                << it.key() << Qt::endl;
    }

    bool notify(QObject *receiver, QEvent *event) override {
        if (QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        if (!m_on || m_depth > 0) {
            // Which widgets paint, inside the top-level window's UpdateRequest: per class, the
            // paint events and their CPU.
            if (m_on && event->type() == QEvent::Paint) {
                // With the nearest ancestor of a class of the app's own (m3ter::), to tell
                // apart the many QWidgets and scroll bars of one window.
                QByteArray cls = receiver->metaObject()->className();
                for (QObject *up = receiver->parent(); up; up = up->parent()) {
                    const QByteArray upClass = up->metaObject()->className();
                    if (upClass.startsWith("m3ter::") && up != receiver) {
                        cls += " in " + upClass;
                        break;
                    }
                }
                const qint64 cpu0 = threadCpuNs();
                ++m_depth;
                const bool result = QApplication::notify(receiver, event);
                --m_depth;
                Total &paint = m_paints[cls];
                paint.cpuNs += threadCpuNs() - cpu0;
                ++paint.count;
                return result;
            }
            ++m_depth;
            const bool result = QApplication::notify(receiver, event);
            --m_depth;
            return result;
        }
        // Read before delivery: the receiver or the event may be gone afterwards.
        const QByteArray cls = receiver->metaObject()->className();
        const QString name = receiver->objectName();
        const int type = event->type();
        ++m_depth;
        const qint64 t0 = monotonicNs();
        const qint64 cpu0 = threadCpuNs();
        const bool result = QApplication::notify(receiver, event);
        const qint64 ns = monotonicNs() - t0;
        const qint64 cpuNs = threadCpuNs() - cpu0;
        --m_depth;
        Total &total = m_totals[QByteArray(cls).append("  ").append(eventName(type).toLatin1())];
        total.ns += ns;
        total.cpuNs += cpuNs;
        total.maxNs = std::max(total.maxNs, ns);
        ++total.count;
        if (ns >= m_thresholdNs)
            m_stalls.append({t0 - m_t0, ns, cpuNs, cls, name, type});
        return result;
    }

private:
    bool m_on = false;
    int m_depth = 0;
    qint64 m_thresholdNs = 0;
    qint64 m_t0 = 0;
    QVector<Stall> m_stalls;
    QHash<QByteArray, Total> m_totals;
    QHash<QByteArray, Total> m_paints; // nested Paint events per widget class (CPU incl. children)
};

} // namespace bench
