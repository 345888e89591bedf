#!/usr/bin/env bash
# Prints a classpath holding Apache Spark as a Spark distribution ships it (spark-sql_2.13 and its
# dependencies, with Spark's own Jackson), resolved by Maven into kroniek-spark/target/spark-runtime/.
# With it, `java -cp "$(scripts/spark-runtime.sh):kroniek-spark/target/kroniek-spark-*-job.jar"`
# runs the job as `spark-submit --master local[N]` would, without a Spark installation.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
version="$(sed -n 's:.*<spark.version>\(.*\)</spark.version>.*:\1:p' "$here/pom.xml" | head -1)"
dir="$here/kroniek-spark/target/spark-runtime"
mkdir -p "$dir"
if [ ! -s "$dir/classpath-$version.txt" ]; then
  cat > "$dir/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.kroniek.tools</groupId>
  <artifactId>spark-runtime</artifactId>
  <version>1</version>
  <dependencies>
    <dependency>
      <groupId>org.apache.spark</groupId>
      <artifactId>spark-sql_2.13</artifactId>
      <version>$version</version>
    </dependency>
  </dependencies>
</project>
POM
  (cd "$dir" && mvn -q -B dependency:build-classpath -Dmdep.outputFile="classpath-$version.txt") >&2
fi
cat "$dir/classpath-$version.txt"
