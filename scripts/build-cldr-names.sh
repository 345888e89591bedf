#!/usr/bin/env bash
# Regenerates kroniek-kb's CLDR resources (country names in all CLDR languages, exemplar-city
# exonyms) from ICU4J's locale data. Needs only Maven and Java.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
mvn -q -B -o -pl kroniek-kb -am -DskipTests compile
icu=~/.m2/repository/com/ibm/icu/icu4j/77.1/icu4j-77.1.jar  # the root pom's icu4j.version
java -cp "kroniek-kb/target/classes:$icu" org.kroniek.kb.build.CldrNamesExport kroniek-kb/src/main/resources/org/kroniek/kb
ls -l kroniek-kb/src/main/resources/org/kroniek/kb/country-names.tsv.gz kroniek-kb/src/main/resources/org/kroniek/kb/exemplar-cities.tsv.gz
