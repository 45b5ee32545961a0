#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUrl>
#include <atomic>
#include <functional>
#include <memory>

class QIODevice;
class QNetworkAccessManager;
class QNetworkReply;

// Blocking HTTP(S) GET and PUT for sync, on whichever thread calls them (a local event
// loop runs while the request does). A request that hears nothing for the timeout is
// aborted; an unreachable host (refused, unknown, no route, timed out) is reported as
// offline rather than as an error of the data.
class HttpTransfer
{
    Q_DECLARE_TR_FUNCTIONS(HttpTransfer)

public:
    struct Result
    {
        bool ok = false; // a 2xx, or 304 when asked with If-None-Match
        int status = 0; // the HTTP status; 0 when no response came
        bool offline = false;
        bool cancelled = false;
        QString error; // translated, naming the URL
        QByteArray etag;
        qint64 bytes = 0; // body bytes received
    };

    using ProgressCallback = std::function<void(qint64 done, qint64 total)>;

    HttpTransfer();
    ~HttpTransfer();
    HttpTransfer(const HttpTransfer &) = delete;
    HttpTransfer &operator=(const HttpTransfer &) = delete;

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }
    // Bodies larger than this are refused (default 8 GiB).
    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }

    // GETs `url` into `out`; with `etag` set, sends If-None-Match and a 304 comes back
    // ok with status 304 and nothing written.
    Result get(const QUrl &url, const QByteArray &etag, QIODevice *out);
    // PUTs `data` to `url`.
    Result put(const QUrl &url, const QByteArray &data, const QByteArray &contentType);

private:
    Result wait(QNetworkReply *reply, QIODevice *out);

    std::unique_ptr<QNetworkAccessManager> m_manager;
    int m_timeoutMs = 30000;
    qint64 m_maxBytes = qint64(8) << 30;
    const std::atomic_bool *m_cancel = nullptr;
    ProgressCallback m_progress;
};
