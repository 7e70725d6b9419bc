#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""POST-as-GET one ACME resource as an existing account and print its JSON body.

The account is the one a client stored: its key as a JWK file (certbot's private_key.json) and its
URL (certbot's regr.json "uri", or --account-regr to read it from there). Uses the acme module
certbot itself is built on, so requests are signed exactly like a real client's.

    acme-get.py --ca BUNDLE --directory URL --key private_key.json --account URL|regr.json RESOURCE_URL
"""

import argparse
import json
import sys

import josepy as jose
from acme import client, messages


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ca", required=True)
    ap.add_argument("--directory", required=True)
    ap.add_argument("--key", required=True)
    ap.add_argument("--account", required=True, help="account URL, or a certbot regr.json")
    ap.add_argument("url")
    args = ap.parse_args()

    with open(args.key, encoding="utf-8") as f:
        key = jose.JWK.json_loads(f.read())
    account_url = args.account
    if not account_url.startswith("https://"):
        with open(account_url, encoding="utf-8") as f:
            account_url = json.load(f)["uri"]

    regr = messages.RegistrationResource(uri=account_url, body=messages.Registration())
    net = client.ClientNetwork(key, account=regr, verify_ssl=args.ca, user_agent="anvil-tests")
    directory = messages.Directory.from_json(net.get(args.directory).json())
    acme = client.ClientV2(directory, net)
    try:
        response = acme._post_as_get(args.url)  # pylint: disable=protected-access
    except messages.Error as e:
        print(json.dumps(e.to_partial_json()))
        return 2
    print(json.dumps(response.json()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
