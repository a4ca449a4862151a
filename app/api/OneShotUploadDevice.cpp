#include "api/OneShotUploadDevice.h"

#include <cstring>

namespace m3ter {

OneShotUploadDevice::OneShotUploadDevice(const QByteArray &data, QObject *parent)
    : QIODevice(parent)
    , m_data(data) {
    open(QIODevice::ReadOnly);
}

bool OneShotUploadDevice::seek(qint64 pos) {
    // Going back over bytes already handed out is what a resend needs: refused.
    if (m_handedOut && pos < this->pos()) {
        m_refusedRewind = true;
        return false;
    }
    return QIODevice::seek(pos);
}

qint64 OneShotUploadDevice::readData(char *data, qint64 maxSize) {
    const qint64 at = pos();
    const qint64 n = qMin(maxSize, qint64(m_data.size()) - at);
    if (n <= 0)
        return 0; // at the end
    std::memcpy(data, m_data.constData() + at, size_t(n));
    m_handedOut = true;
    return n;
}

} // namespace m3ter
