// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #8: the OpenAPI description of an alias's ACME endpoints, off unless an admin turns it on.
#include "core/acme/OpenApiDocument.h"

#include "tests/support/EngineHarness.h"

#include <QRegularExpression>
#include <QTest>

namespace {

struct Served
{
    EngineHarness h;

    explicit Served(bool openApi)
    {
        h.addAlias(QStringLiteral("main"));
        h.enable();
        VoidResult r
            = h.config->setSetting(QStringLiteral("server.openApiEnabled"),
                                   openApi ? QStringLiteral("true") : QStringLiteral("false"), QStringLiteral("test"));
        Q_ASSERT(r.isOk());
    }
};

/** Every "$ref" anywhere below `v`. */
void collectRefs(const QJsonValue &v, QStringList *out)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() == QLatin1String("$ref")) {
                out->append(it.value().toString());
            } else {
                collectRefs(it.value(), out);
            }
        }
    } else if (v.isArray()) {
        for (const QJsonValue &e : v.toArray()) {
            collectRefs(e, out);
        }
    }
}

} // namespace

class TestOpenApi : public QObject
{
    Q_OBJECT

private slots:
    void notServedUnlessEnabled_data();
    void notServedUnlessEnabled();
    void servedForEveryAliasUrlForm_data();
    void servedForEveryAliasUrlForm();
    void describesEveryRouteTheRouterServes();
    void everyOperationDocumentsItsAnswers();
    void referencesResolve();
};

void TestOpenApi::notServedUnlessEnabled_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("default alias") << "/acme/openapi.json";
    QTest::newRow("alias path form") << "/acme/main/openapi.json";
}

void TestOpenApi::notServedUnlessEnabled()
{
    QFETCH(QString, path);
    Served off(false);
    AcmeResponse r = off.h.request("GET", off.h.base + path);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.header("Content-Type"), QByteArray("application/problem+json"));
    Served on(true);
    QCOMPARE(on.h.request("GET", on.h.base + path).status, 200);
}

void TestOpenApi::servedForEveryAliasUrlForm_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("server");
    QTest::newRow("default alias") << "/acme/openapi.json"
                                   << "/acme";
    QTest::newRow("alias path form") << "/acme/main/openapi.json"
                                     << "/acme/main";
    QTest::newRow("alias query form, described in its path form") << "/acme/openapi.json?configurationId=main"
                                                                  << "/acme/main";
}

void TestOpenApi::servedForEveryAliasUrlForm()
{
    QFETCH(QString, path);
    QFETCH(QString, server);
    Served s(true);
    AcmeResponse r = s.h.request("GET", s.h.base + path);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
    const QJsonObject doc = EngineHarness::body(r);
    QCOMPARE(doc.value(QStringLiteral("openapi")).toString(), QStringLiteral("3.0.3"));
    QCOMPARE(doc.value(QStringLiteral("servers")).toArray().first()[QStringLiteral("url")].toString(),
             s.h.base + server);
    QVERIFY(doc.value(QStringLiteral("info"))
                .toObject()
                .value(QStringLiteral("title"))
                .toString()
                .contains(QLatin1String("main")));
    // HEAD answers like GET without a body; other methods are refused.
    AcmeResponse head = s.h.request("HEAD", s.h.base + path);
    QCOMPARE(head.status, 200);
    QVERIFY(head.body.isEmpty());
    AcmeResponse post = s.h.request("POST", s.h.base + path, "{}");
    QCOMPARE(post.status, 405);
    QCOMPARE(post.header("Allow"), QByteArray("GET, HEAD"));
}

void TestOpenApi::describesEveryRouteTheRouterServes()
{
    const QJsonObject paths = OpenApiDocument::build(QStringLiteral("https://ca.test/acme"), QStringLiteral("main"))
                                  .value(QStringLiteral("paths"))
                                  .toObject();
    static const QRegularExpression placeholder(QStringLiteral("\\{[A-Za-z]+\\}"));
    QStringList routePaths;
    for (const AcmeRoute::Template &t : AcmeRoute::templates()) {
        routePaths << QLatin1Char('/') + t.path;
        // The template is what the router parses: a concrete URL of it reaches the same endpoint.
        const QString concrete = QString(t.path).replace(placeholder, QStringLiteral("x1"));
        QCOMPARE(AcmeRoute::parse(QStringLiteral("/acme/") + concrete, QString()).endpoint, t.endpoint);
        QCOMPARE(AcmeRoute::parse(QStringLiteral("/acme/main/") + concrete, QString()).endpoint, t.endpoint);
        const QJsonObject item = paths.value(QLatin1Char('/') + t.path).toObject();
        QVERIFY2(!item.isEmpty(), qPrintable(t.path));
        const QList<QByteArray> methods = AcmeRoute::methods(t.endpoint);
        QVERIFY2(!methods.isEmpty(), qPrintable(t.path));
        for (const QByteArray &m : methods) {
            QVERIFY2(item.contains(QString::fromLatin1(m).toLower()),
                     qPrintable(t.path + QLatin1Char(' ') + QString::fromLatin1(m)));
        }
        // Every placeholder is a declared path parameter.
        QCOMPARE(item.value(QStringLiteral("parameters")).toArray().size(), int(t.path.count(QLatin1Char('{'))));
    }
    // Nothing the router does not serve.
    QStringList documented = paths.keys();
    documented.sort();
    routePaths.sort();
    QCOMPARE(documented, routePaths);
}

void TestOpenApi::everyOperationDocumentsItsAnswers()
{
    const QJsonObject paths = OpenApiDocument::build(QStringLiteral("https://ca.test/acme"), QStringLiteral("main"))
                                  .value(QStringLiteral("paths"))
                                  .toObject();
    const QString problemRef = QStringLiteral("#/components/schemas/Problem");
    QSet<QString> operationIds;
    for (auto p = paths.begin(); p != paths.end(); ++p) {
        const QJsonObject item = p.value().toObject();
        for (const QString &method : {QStringLiteral("get"), QStringLiteral("head"), QStringLiteral("post")}) {
            if (!item.contains(method)) {
                continue;
            }
            const QString where = p.key() + QLatin1Char(' ') + method;
            const QJsonObject op = item.value(method).toObject();
            const QString id = op.value(QStringLiteral("operationId")).toString();
            QVERIFY2(!id.isEmpty() && !operationIds.contains(id), qPrintable(where));
            operationIds.insert(id);
            const QJsonObject responses = op.value(QStringLiteral("responses")).toObject();
            bool success = false;
            for (auto r = responses.begin(); r != responses.end(); ++r) {
                const int status = r.key().toInt();
                success = success || (status >= 200 && status < 300);
                QVERIFY2(r.value()
                             .toObject()
                             .value(QStringLiteral("headers"))
                             .toObject()
                             .contains(QStringLiteral("Replay-Nonce")),
                         qPrintable(where + QLatin1Char(' ') + r.key()));
                if (status >= 400 && method != QLatin1String("head")) {
                    // Errors are RFC 7807 problem documents (RFC 8555 §6.7).
                    QCOMPARE(r.value()[QStringLiteral("content")][QStringLiteral("application/problem+json")]
                                      [QStringLiteral("schema")][QStringLiteral("$ref")]
                                          .toString(),
                             problemRef);
                }
            }
            QVERIFY2(success, qPrintable(where));
            QVERIFY2(responses.contains(QStringLiteral("404")), qPrintable(where));
            if (method == QLatin1String("post")) {
                // RFC 8555 §6.2: every POST is a JWS.
                QCOMPARE(op[QStringLiteral("requestBody")][QStringLiteral("content")]
                           [QStringLiteral("application/jose+json")][QStringLiteral("schema")][QStringLiteral("$ref")]
                               .toString(),
                         QStringLiteral("#/components/schemas/JWS"));
                QVERIFY2(responses.contains(QStringLiteral("400")) && responses.contains(QStringLiteral("415")),
                         qPrintable(where));
            }
        }
    }
    QVERIFY(operationIds.size() >= AcmeRoute::templates().size());
}

void TestOpenApi::referencesResolve()
{
    const QJsonObject doc = OpenApiDocument::build(QStringLiteral("https://ca.test/acme"), QStringLiteral("main"));
    const QJsonObject schemas
        = doc.value(QStringLiteral("components")).toObject().value(QStringLiteral("schemas")).toObject();
    QStringList refs;
    collectRefs(doc, &refs);
    QVERIFY(!refs.isEmpty());
    for (const QString &ref : std::as_const(refs)) {
        QVERIFY2(ref.startsWith(QLatin1String("#/components/schemas/")), qPrintable(ref));
        QVERIFY2(schemas.contains(ref.section(QLatin1Char('/'), -1)), qPrintable(ref));
    }
}

QTEST_GUILESS_MAIN(TestOpenApi)
#include "TestOpenApi.moc"
