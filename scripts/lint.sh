#!/usr/bin/env bash
# The house style (.swift-format at the root: 4-space indentation, lines up to 140 characters,
# swift-format's default rules except DoNotUseSemicolons, OneVariableDeclarationPerLine and
# ReplaceForEachWithForLoop, whose forms the code uses on purpose: `a; b` for short pairs,
# `var a = 0, b = 1`, `xs.forEach { print($0) }`).
# Exits non-zero on any difference. `swift format format --in-place --recursive Sources Tests
# Package.swift` applies the style.
set -euo pipefail
cd "$(dirname "$0")/.."
swift format lint --strict --parallel --configuration .swift-format --recursive Sources Tests Package.swift
