#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QMetaType>
#include <QNetworkReply>
#include <QString>

namespace m3ter {

// The outcome of a failed API call, rich enough for a specific, translated message to a finance
// user (userText()) and for a support engineer (toLogString()), never containing a credential.
class ApiError {
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(m3ter::ApiError)

public:
    enum class Kind {
        None,      // no error
        Network,   // could not reach the server or the connection broke (see networkError)
        Timeout,   // no data for the transfer timeout
        Http,      // the server answered with an error status other than 401/403
        Auth,      // credentials rejected (token endpoint) or no permission (401/403)
        Parse,     // a 2xx body that does not match the contract (see field)
        Cancelled, // abort() by the caller
        Tls,       // TLS handshake or certificate failure
        Config,    // settings or arguments unusable, nothing was sent (see detail)
    };
    Q_ENUM(Kind)

    Kind kind = Kind::None;
    int httpStatus = 0;
    // The server's own words: a JSON body's string "message", else the raw body text, truncated
    // and redacted. Shown to the user after our own explanation.
    QString serverMessage;
    // For Parse: the offending JSON field (e.g. "data[3].billDate" or "access_token").
    QString field;
    // For Network/Tls/Timeout: Qt's classification, which picks the specific user text.
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    // For Config: the already-translated reason. For other kinds: technical text for logs only.
    QString detail;

    bool isError() const { return kind != Kind::None; }
    QString userText() const;
    QString toLogString() const;

    static ApiError config(const QString &translatedReason);
    static ApiError parse(const QString &field, const QString &technicalDetail = {});
    static ApiError cancelled();
    static ApiError http(int status, const QByteArray &body);
    // Classifies a finished reply; cancelledByUs tells a caller's abort() from Qt's own abort on
    // a transfer timeout, which Qt reports with the same OperationCanceledError.
    static ApiError fromReply(const QNetworkReply &reply, const QByteArray &body,
                              bool cancelledByUs);

    // The "message" string of a JSON error body, else the body text itself; redacted and cut to
    // a length that fits a message box.
    static QString extractServerMessage(const QByteArray &body);
};

} // namespace m3ter

Q_DECLARE_METATYPE(m3ter::ApiError)
