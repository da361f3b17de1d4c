#!/bin/bash
# Writes the JSON outputs of regions, dispersal, resettlement and compare for the four regions
# into a folder, so two builds can be compared (scripts/compare-json-outputs.py old new).
# Usage: scripts/json-outputs.sh SMP_BINARY OUT_DIR REPO_DIR
# $1 = binary, $2 = out dir, $3 = repo dir (regions)
BIN=$1; OUT=$2; REPO=$3
mkdir -p $OUT; rm -f $OUT/db.sqlite
cd $REPO
$BIN import --bundled --db $OUT/db.sqlite > /dev/null 2>&1
D="--db $OUT/db.sqlite"
$BIN regions --format json > $OUT/regions.json
for r in east-midlands north-east south-east south-west; do
  $BIN dispersal status --region $r --as-of 2019-06-30 --format json $D > $OUT/status-$r.json
  $BIN dispersal plan --region $r --arrivals 250 --format json $D > $OUT/plan-$r.json
  $BIN dispersal widening --region $r --format json $D > $OUT/widening-$r.json
  $BIN compare --as-of 2019-06-30 --format json $D > $OUT/compare.json
done
$BIN dispersal trend --region north-east --la Middlesbrough --format json $D > $OUT/trend.json
SYN=$OUT/syn
$BIN resettlement synthetic batch --region east-midlands --year 2017-18 --batch B1 --seed 7 --out $SYN $D > /dev/null
$BIN resettlement pledge import --region east-midlands $SYN/east-midlands-vprs-pledges-2017-18.csv $D > /dev/null
$BIN resettlement referral import --region east-midlands --batch B1 $SYN/east-midlands-vprs-referrals-B1.csv $D > /dev/null
$BIN resettlement match --region east-midlands --batch B1 --accept --on 2017-06-14 --format json $D > $OUT/match.json
$BIN resettlement synthetic arrivals --region east-midlands --batch B1 --seed 7 --out $SYN $D > /dev/null
$BIN resettlement arrival import --region east-midlands $SYN/east-midlands-vprs-arrivals-B1.csv $D > /dev/null
$BIN resettlement funding --region east-midlands --format json $D > $OUT/funding.json
$BIN resettlement progress --region east-midlands --as-of 2018-03-31 --format json $D > $OUT/progress.json
$BIN resettlement reconcile --region east-midlands --format json $D > $OUT/reconcile.json
$BIN resettlement pledge list --region east-midlands --format json $D > $OUT/pledges.json
$BIN resettlement referral list --region east-midlands --format json $D > $OUT/referrals.json
$BIN compare --as-of 2018-03-31 --format json $D > $OUT/compare-2018.json
$BIN compare --as-of 2018-03-31 --format json --viewer east-midlands $D > $OUT/compare-2018-em.json
