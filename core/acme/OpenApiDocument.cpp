// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/acme/OpenApiDocument.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace {

using Endpoint = AcmeRoute::Endpoint;

QJsonObject ref(const char *schema)
{
    return {{QStringLiteral("$ref"), QStringLiteral("#/components/schemas/") + QLatin1String(schema)}};
}

QJsonObject stringSchema(const QString &description = {})
{
    QJsonObject o {{QStringLiteral("type"), QStringLiteral("string")}};
    if (!description.isEmpty()) {
        o.insert(QStringLiteral("description"), description);
    }
    return o;
}

QJsonObject header(const QString &description)
{
    return {{QStringLiteral("description"), description}, {QStringLiteral("schema"), stringSchema()}};
}

/** One answer of an endpoint: its status, what it means, and its body (none when no media type). */
struct Answer
{
    int status;
    QString description;
    QString mediaType;
    QJsonObject schema;
    QStringList headers; // beyond Replay-Nonce and Link, which every ACME answer carries
};

/** What the OpenAPI document says of one endpoint. */
struct EndpointDoc
{
    QString summary;
    QString payload; // what the JWS payload holds (POST endpoints)
    QList<Answer> answers;
    QList<int> problems; // statuses answered with a problem document
};

const QList<int> kPostProblems {400, 403, 404, 405, 413, 415, 429, 500};
const QList<int> kGetProblems {403, 404, 405, 500};

Answer json(int status, const QString &description, const char *schema, const QStringList &headers = {})
{
    return {status, description, QStringLiteral("application/json"), ref(schema), headers};
}

/** Every endpoint, exhaustively: a new Endpoint value does not compile until it is described here. */
EndpointDoc describe(Endpoint e)
{
    switch (e) {
    case Endpoint::Directory:
        return {QStringLiteral("The directory: the URLs of the other resources and meta (RFC 8555 §7.1.1)"),
                {},
                {json(200, QStringLiteral("The directory"), "Directory")},
                kGetProblems};
    case Endpoint::NewNonce:
        return {QStringLiteral("A fresh anti-replay nonce in Replay-Nonce (RFC 8555 §7.2); HEAD answers 200, GET 204"),
                {},
                {{200, QStringLiteral("HEAD: a nonce in Replay-Nonce"), {}, {}, {}},
                 {204, QStringLiteral("GET: a nonce in Replay-Nonce"), {}, {}, {}}},
                kGetProblems};
    case Endpoint::NewAccount:
        return {
            QStringLiteral("Create an account, or find the account of the signing key (RFC 8555 §7.3)"),
            QStringLiteral("{contact, termsOfServiceAgreed, onlyReturnExisting, externalAccountBinding}; signed "
                           "with a jwk"),
            {json(201, QStringLiteral("Account created; Location is its URL"), "Account", {QStringLiteral("Location")}),
             json(200, QStringLiteral("The existing account of this key; Location is its URL"), "Account",
                  {QStringLiteral("Location")})},
            kPostProblems};
    case Endpoint::NewOrder:
        return {
            QStringLiteral("Create an order (RFC 8555 §7.4)"),
            QStringLiteral("{identifiers, notBefore, notAfter, profile, replaces}"),
            {json(201, QStringLiteral("Order created; Location is its URL"), "Order", {QStringLiteral("Location")})},
            kPostProblems + QList<int> {409}};
    case Endpoint::NewAuthz:
        return {QStringLiteral("Pre-authorize an identifier (RFC 8555 §7.4.1), when the alias allows it"),
                QStringLiteral("{identifier}"),
                {json(201, QStringLiteral("Authorization created; Location is its URL"), "Authorization",
                      {QStringLiteral("Location")})},
                kPostProblems};
    case Endpoint::RevokeCert:
        return {QStringLiteral("Revoke a certificate (RFC 8555 §7.6), signed by its account or its key"),
                QStringLiteral("{certificate (base64url DER), reason}"),
                {{200, QStringLiteral("Revoked"), {}, {}, {}}},
                kPostProblems};
    case Endpoint::KeyChange:
        return {QStringLiteral("Roll the account key over (RFC 8555 §7.3.5)"),
                QStringLiteral("an inner JWS signed by the new key: {account, oldKey}"),
                {json(200, QStringLiteral("The account with its new key"), "Account")},
                kPostProblems + QList<int> {409}};
    case Endpoint::Account:
        return {QStringLiteral("Read (POST-as-GET), update or deactivate an account (RFC 8555 §7.3.2)"),
                QStringLiteral("empty (POST-as-GET), or {contact, status: deactivated, termsOfServiceAgreed}"),
                {json(200, QStringLiteral("The account"), "Account")},
                kPostProblems};
    case Endpoint::AccountOrders:
        return {QStringLiteral("The account's orders, paged with Link rel=\"next\" (RFC 8555 §7.1.2.1)"),
                QStringLiteral("empty (POST-as-GET)"),
                {json(200, QStringLiteral("Order URLs"), "OrderList")},
                kPostProblems};
    case Endpoint::Order:
        return {QStringLiteral("Read an order (POST-as-GET); while processing, poll after Retry-After"),
                QStringLiteral("empty (POST-as-GET)"),
                {json(200, QStringLiteral("The order"), "Order", {QStringLiteral("Retry-After")})},
                kPostProblems};
    case Endpoint::Finalize:
        return {QStringLiteral("Finalize a ready order with a CSR (RFC 8555 §7.4); an order held for approval "
                               "answers processing with Retry-After"),
                QStringLiteral("{csr (base64url DER)}"),
                {json(200, QStringLiteral("The order, valid or processing"), "Order",
                      {QStringLiteral("Location"), QStringLiteral("Retry-After")})},
                kPostProblems + QList<int> {409}};
    case Endpoint::Authorization:
        return {QStringLiteral("Read (POST-as-GET) or deactivate an authorization (RFC 8555 §7.5)"),
                QStringLiteral("empty (POST-as-GET), or {status: deactivated}"),
                {json(200, QStringLiteral("The authorization"), "Authorization", {QStringLiteral("Retry-After")})},
                kPostProblems};
    case Endpoint::Challenge:
        return {QStringLiteral("Read a challenge (POST-as-GET) or ask for its validation with {} (RFC 8555 §7.5.1)"),
                QStringLiteral("empty (POST-as-GET), or {} to respond"),
                {json(200, QStringLiteral("The challenge"), "Challenge", {QStringLiteral("Retry-After")})},
                kPostProblems};
    case Endpoint::Certificate:
        return {QStringLiteral("Download a certificate chain (RFC 8555 §7.4.2); alternates in Link rel=\"alternate\""),
                QStringLiteral("empty (POST-as-GET)"),
                {{200,
                  QStringLiteral("The PEM chain, leaf first"),
                  QStringLiteral("application/pem-certificate-chain"),
                  stringSchema(),
                  {}}},
                kPostProblems};
    case Endpoint::RenewalInfo:
        return {
            QStringLiteral("Renewal information (RFC 9773 §4): certID = base64url(AKI keyIdentifier) \".\" "
                           "base64url(serial)"),
            {},
            {json(200, QStringLiteral("The suggested renewal window"), "RenewalInfo", {QStringLiteral("Retry-After")})},
            kGetProblems + QList<int> {400}};
    case Endpoint::OpenApi:
        return {QStringLiteral("This description (served when server.openApiEnabled is on)"),
                {},
                {{200,
                  QStringLiteral("The OpenAPI document"),
                  QStringLiteral("application/json"),
                  QJsonObject {{QStringLiteral("type"), QStringLiteral("object")}},
                  {}}},
                kGetProblems};
    case Endpoint::Unknown:
        break;
    }
    return {};
}

QString headerDescription(const QString &name)
{
    if (name == QLatin1String("Location")) {
        return QStringLiteral("The URL of the resource");
    }
    if (name == QLatin1String("Retry-After")) {
        return QStringLiteral("Seconds to wait before polling again");
    }
    return name;
}

QJsonObject responseHeaders(const QStringList &extra)
{
    QJsonObject headers {
        {QStringLiteral("Replay-Nonce"), header(QStringLiteral("A fresh nonce for the next request (RFC 8555 §6.5)"))},
        {QStringLiteral("Link"), header(QStringLiteral("<directory>;rel=\"index\" (RFC 8555 §7.1)"))},
    };
    for (const QString &h : extra) {
        headers.insert(h, header(headerDescription(h)));
    }
    return headers;
}

QString problemDescription(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("malformed, badNonce (with a fresh Replay-Nonce), badSignatureAlgorithm, badCSR, ...");
    case 403:
        return QStringLiteral("unauthorized (also: the ACME protocol is disabled), userActionRequired, orderNotReady");
    case 404:
        return QStringLiteral("No such resource (or the OpenAPI description is turned off)");
    case 405:
        return QStringLiteral("Method not allowed; Allow names the methods");
    case 409:
        return QStringLiteral("alreadyReplaced (RFC 9773 §5) or a conflicting state");
    case 413:
        return QStringLiteral("The request body is too large");
    case 415:
        return QStringLiteral("Content-Type must be application/jose+json");
    case 429:
        return QStringLiteral("rateLimited, with Retry-After");
    case 500:
        return QStringLiteral("serverInternal (also approvals that wait: the detail carries the RequestID)");
    default:
        return QStringLiteral("A problem document (RFC 7807)");
    }
}

QJsonObject operation(const QByteArray &method, const AcmeRoute::Template &route)
{
    const EndpointDoc doc = describe(route.endpoint);
    QJsonObject responses;
    for (const Answer &a : doc.answers) {
        // newNonce: HEAD answers 200, GET 204 (RFC 8555 §7.2).
        if (route.endpoint == Endpoint::NewNonce && (method == "HEAD") != (a.status == 200)) {
            continue;
        }
        QJsonObject r {{QStringLiteral("description"), a.description},
                       {QStringLiteral("headers"), responseHeaders(a.headers)}};
        if (!a.mediaType.isEmpty() && method != "HEAD") {
            r.insert(QStringLiteral("content"),
                     QJsonObject {{a.mediaType, QJsonObject {{QStringLiteral("schema"), a.schema}}}});
        }
        responses.insert(QString::number(a.status), r);
    }
    for (int status : doc.problems) {
        QJsonObject r {{QStringLiteral("description"), problemDescription(status)},
                       {QStringLiteral("headers"), responseHeaders({})}};
        if (method != "HEAD") {
            r.insert(QStringLiteral("content"),
                     QJsonObject {{QStringLiteral("application/problem+json"),
                                   QJsonObject {{QStringLiteral("schema"), ref("Problem")}}}});
        }
        responses.insert(QString::number(status), r);
    }
    static const QRegularExpression nonWord(QStringLiteral("[^A-Za-z0-9]+"));
    QJsonObject op {
        {QStringLiteral("operationId"),
         QString::fromLatin1(method).toLower() + QLatin1Char('_')
             + QString(route.path).replace(nonWord, QStringLiteral("_"))},
        {QStringLiteral("summary"), doc.summary},
        {QStringLiteral("tags"), QJsonArray {AcmeRoute::endpointName(route.endpoint)}},
        {QStringLiteral("responses"), responses},
    };
    if (method == "POST") {
        op.insert(QStringLiteral("description"),
                  QStringLiteral("A JWS in flattened JSON serialization (RFC 8555 §6.2) with protected header "
                                 "{alg, nonce, url, jwk | kid}; payload: %1.")
                      .arg(doc.payload));
        op.insert(QStringLiteral("requestBody"),
                  QJsonObject {{QStringLiteral("required"), true},
                               {QStringLiteral("content"),
                                QJsonObject {{QStringLiteral("application/jose+json"),
                                              QJsonObject {{QStringLiteral("schema"), ref("JWS")}}}}}});
    }
    return op;
}

QJsonObject schemas()
{
    auto object = [](const QJsonObject &properties, const QStringList &required = {}) {
        QJsonObject o {{QStringLiteral("type"), QStringLiteral("object")}, {QStringLiteral("properties"), properties}};
        if (!required.isEmpty()) {
            o.insert(QStringLiteral("required"), QJsonArray::fromStringList(required));
        }
        return o;
    };
    auto array = [](const QJsonObject &items) {
        return QJsonObject {{QStringLiteral("type"), QStringLiteral("array")}, {QStringLiteral("items"), items}};
    };
    const QJsonObject string = stringSchema();
    const QJsonObject url = QJsonObject {{QStringLiteral("type"), QStringLiteral("string")},
                                         {QStringLiteral("format"), QStringLiteral("uri")}};
    const QJsonObject time = QJsonObject {{QStringLiteral("type"), QStringLiteral("string")},
                                          {QStringLiteral("format"), QStringLiteral("date-time")}};
    const QJsonObject boolean {{QStringLiteral("type"), QStringLiteral("boolean")}};
    return {
        {QStringLiteral("JWS"),
         object({{QStringLiteral("protected"), stringSchema(QStringLiteral("base64url of the protected header"))},
                 {QStringLiteral("payload"),
                  stringSchema(QStringLiteral("base64url of the payload; empty for "
                                              "POST-as-GET"))},
                 {QStringLiteral("signature"), stringSchema(QStringLiteral("base64url"))}},
                {QStringLiteral("protected"), QStringLiteral("payload"), QStringLiteral("signature")})},
        {QStringLiteral("Identifier"),
         object({{QStringLiteral("type"),
                  QJsonObject {{QStringLiteral("type"), QStringLiteral("string")},
                               {QStringLiteral("enum"), QJsonArray {QStringLiteral("dns"), QStringLiteral("ip")}}}},
                 {QStringLiteral("value"), string}},
                {QStringLiteral("type"), QStringLiteral("value")})},
        {QStringLiteral("Problem"),
         object({{QStringLiteral("type"), stringSchema(QStringLiteral("urn:ietf:params:acme:error:..."))},
                 {QStringLiteral("detail"), string},
                 {QStringLiteral("status"), QJsonObject {{QStringLiteral("type"), QStringLiteral("integer")}}},
                 {QStringLiteral("instance"), string},
                 {QStringLiteral("subproblems"),
                  array(object({{QStringLiteral("type"), string},
                                {QStringLiteral("detail"), string},
                                {QStringLiteral("identifier"), ref("Identifier")}}))}},
                {QStringLiteral("type")})},
        {QStringLiteral("Directory"),
         object({{QStringLiteral("newNonce"), url},
                 {QStringLiteral("newAccount"), url},
                 {QStringLiteral("newOrder"), url},
                 {QStringLiteral("newAuthz"), url},
                 {QStringLiteral("revokeCert"), url},
                 {QStringLiteral("keyChange"), url},
                 {QStringLiteral("renewalInfo"), url},
                 {QStringLiteral("meta"),
                  object({{QStringLiteral("termsOfService"), url},
                          {QStringLiteral("website"), url},
                          {QStringLiteral("caaIdentities"), array(string)},
                          {QStringLiteral("externalAccountRequired"), boolean},
                          {QStringLiteral("profiles"),
                           QJsonObject {{QStringLiteral("type"), QStringLiteral("object")},
                                        {QStringLiteral("additionalProperties"), string}}}})}},
                {QStringLiteral("newNonce"), QStringLiteral("newAccount"), QStringLiteral("newOrder"),
                 QStringLiteral("revokeCert"), QStringLiteral("keyChange")})},
        {QStringLiteral("Account"),
         object({{QStringLiteral("status"), string},
                 {QStringLiteral("contact"), array(string)},
                 {QStringLiteral("termsOfServiceAgreed"), boolean},
                 {QStringLiteral("orders"), url},
                 {QStringLiteral("key"), QJsonObject {{QStringLiteral("type"), QStringLiteral("object")}}}},
                {QStringLiteral("status")})},
        {QStringLiteral("OrderList"), object({{QStringLiteral("orders"), array(url)}}, {QStringLiteral("orders")})},
        {QStringLiteral("Order"),
         object({{QStringLiteral("status"),
                  QJsonObject {
                      {QStringLiteral("type"), QStringLiteral("string")},
                      {QStringLiteral("enum"),
                       QJsonArray {QStringLiteral("pending"), QStringLiteral("ready"), QStringLiteral("processing"),
                                   QStringLiteral("valid"), QStringLiteral("invalid")}}}},
                 {QStringLiteral("expires"), time},
                 {QStringLiteral("identifiers"), array(ref("Identifier"))},
                 {QStringLiteral("notBefore"), time},
                 {QStringLiteral("notAfter"), time},
                 {QStringLiteral("profile"), string},
                 {QStringLiteral("replaces"), string},
                 {QStringLiteral("error"), ref("Problem")},
                 {QStringLiteral("authorizations"), array(url)},
                 {QStringLiteral("finalize"), url},
                 {QStringLiteral("certificate"), url}},
                {QStringLiteral("status"), QStringLiteral("identifiers"), QStringLiteral("authorizations"),
                 QStringLiteral("finalize")})},
        {QStringLiteral("Challenge"),
         object({{QStringLiteral("type"), string},
                 {QStringLiteral("url"), url},
                 {QStringLiteral("status"), string},
                 {QStringLiteral("token"), string},
                 {QStringLiteral("validated"), time},
                 {QStringLiteral("error"), ref("Problem")}},
                {QStringLiteral("type"), QStringLiteral("url"), QStringLiteral("status")})},
        {QStringLiteral("Authorization"),
         object({{QStringLiteral("identifier"), ref("Identifier")},
                 {QStringLiteral("status"), string},
                 {QStringLiteral("expires"), time},
                 {QStringLiteral("challenges"), array(ref("Challenge"))},
                 {QStringLiteral("wildcard"), boolean}},
                {QStringLiteral("identifier"), QStringLiteral("status"), QStringLiteral("challenges")})},
        {QStringLiteral("RenewalInfo"),
         object({{QStringLiteral("suggestedWindow"),
                  object({{QStringLiteral("start"), time}, {QStringLiteral("end"), time}},
                         {QStringLiteral("start"), QStringLiteral("end")})},
                 {QStringLiteral("explanationURL"), url}},
                {QStringLiteral("suggestedWindow")})},
    };
}

} // namespace

QJsonObject OpenApiDocument::build(const QString &serverUrl, const QString &aliasName)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([A-Za-z]+)\\}"));
    QJsonObject paths;
    for (const AcmeRoute::Template &route : AcmeRoute::templates()) {
        QJsonObject item;
        QJsonArray parameters;
        for (auto it = placeholder.globalMatch(route.path); it.hasNext();) {
            const QString name = it.next().captured(1);
            parameters.append(QJsonObject {{QStringLiteral("name"), name},
                                           {QStringLiteral("in"), QStringLiteral("path")},
                                           {QStringLiteral("required"), true},
                                           {QStringLiteral("schema"), stringSchema()}});
        }
        if (!parameters.isEmpty()) {
            item.insert(QStringLiteral("parameters"), parameters);
        }
        for (const QByteArray &method : AcmeRoute::methods(route.endpoint)) {
            item.insert(QString::fromLatin1(method).toLower(), operation(method, route));
        }
        paths.insert(QLatin1Char('/') + route.path, item);
    }
    return {
        {QStringLiteral("openapi"), QStringLiteral("3.0.3")},
        {QStringLiteral("info"),
         QJsonObject {{QStringLiteral("title"), QStringLiteral("Anvil ACME server, alias %1").arg(aliasName)},
                      {QStringLiteral("version"), QStringLiteral("RFC 8555")},
                      {QStringLiteral("description"),
                       QStringLiteral("The ACME (RFC 8555) resources of one alias, with renewal information "
                                      "(RFC 9773) and profiles (draft-ietf-acme-profiles). Every POST carries a JWS "
                                      "(application/jose+json); errors are problem documents "
                                      "(application/problem+json).")}}},
        {QStringLiteral("servers"), QJsonArray {QJsonObject {{QStringLiteral("url"), serverUrl}}}},
        {QStringLiteral("paths"), paths},
        {QStringLiteral("components"), QJsonObject {{QStringLiteral("schemas"), schemas()}}},
    };
}
