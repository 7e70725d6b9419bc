#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes jws-valid.json: ACME request JWS signed by an implementation independent of
core/jose (pyca/cryptography), so that TestJwsVerifier does not only check our own signer.
Run once by hand (python3 generate_fixtures.py); the output is committed."""
import base64
import json

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def uint(n: int, size: int = 0) -> bytes:
    size = size or (n.bit_length() + 7) // 8
    return n.to_bytes(size, "big")


def keys():
    r = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pn = r.public_key().public_numbers()
    yield "RS256", r, {"kty": "RSA", "n": b64(uint(pn.n)), "e": b64(uint(pn.e))}
    for alg, curve, crv, size, h in [("ES256", ec.SECP256R1(), "P-256", 32, hashes.SHA256()),
                                     ("ES384", ec.SECP384R1(), "P-384", 48, hashes.SHA384()),
                                     ("ES512", ec.SECP521R1(), "P-521", 66, hashes.SHA512())]:
        k = ec.generate_private_key(curve)
        pn = k.public_key().public_numbers()
        yield alg, (k, size, h), {"kty": "EC", "crv": crv, "x": b64(uint(pn.x, size)), "y": b64(uint(pn.y, size))}
    e = ed25519.Ed25519PrivateKey.generate()
    from cryptography.hazmat.primitives import serialization
    raw = e.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    yield "EdDSA", e, {"kty": "OKP", "crv": "Ed25519", "x": b64(raw)}


def sign(alg, key, data: bytes) -> bytes:
    if alg == "RS256":
        return key.sign(data, padding.PKCS1v15(), hashes.SHA256())
    if alg == "EdDSA":
        return key.sign(data)
    k, size, h = key
    r, s = decode_dss_signature(k.sign(data, ec.ECDSA(h)))
    return uint(r, size) + uint(s, size)


def jws(alg, key, header, payload: bytes):
    header = dict(header, alg=alg)
    p = b64(json.dumps(header, separators=(",", ":")).encode())
    pl = b64(payload)
    return json.dumps({"protected": p, "payload": pl, "signature": b64(sign(alg, key, f"{p}.{pl}".encode()))})


URL = "https://ca.example/acme/new-account"
ORDER = "https://ca.example/acme/order/1"
ACCOUNT = "https://ca.example/acme/acct/1"
NONCE = "cmFuZG9tLW5vbmNl"
rows = []
for alg, key, jwk in keys():
    payload = json.dumps({"termsOfServiceAgreed": True}).encode()
    rows.append({"name": f"{alg} jwk request", "alg": alg, "url": URL, "jwk": jwk,
                 "body": jws(alg, key, {"jwk": jwk, "nonce": NONCE, "url": URL}, payload), "postAsGet": False})
    rows.append({"name": f"{alg} kid POST-as-GET", "alg": alg, "url": ORDER, "jwk": jwk,
                 "body": jws(alg, key, {"kid": ACCOUNT, "nonce": NONCE, "url": ORDER}, b""), "postAsGet": True})
with open("jws-valid.json", "w") as f:
    json.dump(rows, f, indent=1)
    f.write("\n")
