#pragma once

#include <QByteArray>
#include <QIODevice>

namespace m3ter {

// The body of a request that must reach the server at most once: a POST that creates something
// (a statement job) when m3ter has no idempotency key.
//
// QNetworkAccessManager resends a request by itself when the connection closes after the request
// was written but before any reply byte arrived (HTTP/1.1 channels retry up to three times), and
// it resends by rewinding the upload device. This device refuses to rewind once any of its bytes
// were read, so instead of a silent second POST Qt reports QNetworkReply::ContentReSendError:
// an unclear outcome the caller resolves by looking up what the server did (see
// StatementBatchSubmitter). Before the first byte is read a rewind is harmless and allowed.
//
// Random-access (not sequential) on purpose: Qt then uses it directly instead of copying it into
// a buffer of its own that it could rewind.
class OneShotUploadDevice : public QIODevice {
    Q_OBJECT

public:
    explicit OneShotUploadDevice(const QByteArray &data, QObject *parent = nullptr);

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_data.size(); }
    bool seek(qint64 pos) override;
    bool reset() override { return seek(0); }
    // True once Qt asked to send the body again and was refused.
    bool refusedRewind() const { return m_refusedRewind; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    bool m_handedOut = false;
    bool m_refusedRewind = false;
};

} // namespace m3ter
