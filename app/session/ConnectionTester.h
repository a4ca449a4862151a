#pragma once

#include "api/ApiConnection.h"
#include "api/ApiError.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QSslError>
#include <QString>

#include <chrono>
#include <memory>

class QNetworkReply;

namespace m3ter {

class ApiClient;
class ListBillsRequest;

// "Test connection": fetches a token and one page of bills with a throw-away ApiClient, so the
// user learns exactly what fails (bad address, TLS, proxy, credentials, organization) before the
// profile is used. No widget code; the connection dialog shows result().text. One test at a time;
// start() again cancels the previous one. TLS errors are never ignored: the certificate the
// server presented is described in certificateDetails so the user (or IT) can judge it.
class ConnectionTester : public QObject {
    Q_OBJECT

public:
    enum class Stage { Idle, Token, Bills, Done };
    Q_ENUM(Stage)

    struct Result {
        bool ok = false;
        // Where it stopped: Token (reaching the server, credentials) or Bills (organization,
        // permission). Done when ok.
        Stage stage = Stage::Idle;
        ApiError error;
        // Translated, ready to show: what worked or exactly what failed.
        QString text;
        // For TLS failures: the server certificate and the verification errors, one per line.
        QString certificateDetails;
        // Bills on the first page (ok only).
        int billCount = 0;
    };

    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override;

    // Finishes through finished(), never synchronously.
    void start(const ApiConnection &connection);
    void cancel();
    bool isRunning() const { return m_stage == Stage::Token || m_stage == Stage::Bills; }
    Stage stage() const { return m_stage; }
    const Result &result() const { return m_result; }

    // Tests shorten this; the default suits a slow proxy.
    void setTransferTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    static QString describeCertificateErrors(const QList<QSslError> &errors);

signals:
    void stageChanged(m3ter::ConnectionTester::Stage stage);
    void finished(const m3ter::ConnectionTester::Result &result);

private:
    void onTokenReady();
    void onFailed(const ApiError &error);
    void onBillsFinished();
    void finish(Result result);
    void setStage(Stage stage);
    void onSslErrors(QNetworkReply *reply, const QList<QSslError> &errors);
    void teardown();

    std::unique_ptr<ApiClient> m_client;
    ListBillsRequest *m_request = nullptr;
    Stage m_stage = Stage::Idle;
    Result m_result;
    QString m_certificateDetails;
    std::chrono::milliseconds m_timeout{30000};
    int m_generation = 0;
};

} // namespace m3ter

Q_DECLARE_METATYPE(m3ter::ConnectionTester::Result)
