#!/usr/bin/env bash
# Packs the built package once (without rebuilding) and checks the tarball as npm would publish it:
# publint for package.json and files, arethetypeswrong for the types of every export path under Node 16+ resolution.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
tarball=$(npm pack --ignore-scripts --silent --pack-destination "$dir")
npx publint run "$dir/$tarball" --strict
npx attw "$dir/$tarball" --profile node16
