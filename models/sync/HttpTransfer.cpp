#include "HttpTransfer.h"

#include <QEventLoop>
#include <QIODevice>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

bool isUnreachable(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
        return true;
    default:
        return false;
    }
}

} // namespace

HttpTransfer::HttpTransfer()
    : m_manager(std::make_unique<QNetworkAccessManager>())
{ }

HttpTransfer::~HttpTransfer() = default;

HttpTransfer::Result HttpTransfer::get(const QUrl &url, const QByteArray &etag, QIODevice *out)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setRawHeader("User-Agent", "Pitwall/" PITWALL_VERSION);
    if (!etag.isEmpty())
        request.setRawHeader("If-None-Match", etag);
    return wait(m_manager->get(request), out);
}

HttpTransfer::Result HttpTransfer::put(const QUrl &url, const QByteArray &data, const QByteArray &contentType)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    request.setRawHeader("User-Agent", "Pitwall/" PITWALL_VERSION);
    return wait(m_manager->put(request, data), nullptr);
}

HttpTransfer::Result HttpTransfer::wait(QNetworkReply *reply, QIODevice *out)
{
    Result result;
    const QString urlText = reply->url().toDisplayString(QUrl::RemoveUserInfo);
    QEventLoop loop;
    QTimer idle; // restarted by every sign of life
    idle.setSingleShot(true);
    idle.setInterval(m_timeoutMs);
    QTimer poll; // the cancel flag
    poll.setInterval(50);
    bool timedOut = false;
    bool tooLarge = false;
    QString writeError;

    QObject::connect(&idle, &QTimer::timeout, reply, [&] {
        timedOut = true;
        reply->abort();
    });
    QObject::connect(&poll, &QTimer::timeout, reply, [&] {
        if (m_cancel && m_cancel->load()) {
            result.cancelled = true;
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::readyRead, reply, [&] {
        idle.start();
        const QByteArray chunk = reply->readAll();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (!out || status < 200 || status >= 300)
            return;
        if (result.bytes + chunk.size() > m_maxBytes) {
            tooLarge = true;
            reply->abort();
            return;
        }
        if (out->write(chunk) != chunk.size()) {
            writeError = out->errorString();
            reply->abort();
            return;
        }
        result.bytes += chunk.size();
    });
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply, [&](qint64 done, qint64 total) {
        idle.start();
        if (m_progress && out)
            m_progress(done, total);
    });
    QObject::connect(reply, &QNetworkReply::uploadProgress, reply, [&](qint64 done, qint64 total) {
        idle.start();
        if (m_progress && !out)
            m_progress(done, total);
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    idle.start();
    poll.start();
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    idle.stop();
    poll.stop();

    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.etag = reply->rawHeader("ETag");
    const QNetworkReply::NetworkError error = reply->error();
    const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    const QString errorText = reply->errorString();
    reply->deleteLater();

    if (result.cancelled) {
        result.error = tr("Cancelled while talking to %1.").arg(urlText);
        return result;
    }
    if (tooLarge) {
        result.error = tr("%1 sent more than %2 MiB; refusing it.").arg(urlText).arg(m_maxBytes >> 20);
        return result;
    }
    if (!writeError.isEmpty()) {
        result.error = tr("Cannot save what %1 sent: %2").arg(urlText, writeError);
        return result;
    }
    if (timedOut) {
        result.offline = true;
        result.error = tr("%1 did not answer within %2 seconds.").arg(urlText).arg(m_timeoutMs / 1000.0);
        return result;
    }
    if (result.status == 304) {
        result.ok = true;
        return result;
    }
    if (result.status >= 200 && result.status < 300 && error == QNetworkReply::NoError) {
        result.ok = true;
        return result;
    }
    if (result.status != 0) {
        result.error = tr("%1 answered HTTP %2 %3.").arg(urlText).arg(result.status).arg(reason);
        return result;
    }
    result.offline = isUnreachable(error);
    result.error = result.offline ? tr("%1 cannot be reached: %2").arg(urlText, errorText)
                                  : tr("Talking to %1 failed: %2").arg(urlText, errorText);
    return result;
}
