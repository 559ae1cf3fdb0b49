#!/usr/bin/env bash
# Recreates the seed event seeds/iraq-2021-combat-mission from the five scraped seed articles in ../shared/seeds
# (not part of a clone). The committed corpus was made with this script; running it again is a no-op.
set -euo pipefail
cd "$(dirname "$0")/.."
src=${1:-../shared/seeds}
slant=${SLANT:-.build/release/slant}
[ -x "$slant" ] || swift build -c release --product slant >/dev/null
event=iraq-2021-combat-mission
if [ ! -f "seeds/$event/event.yaml" ]; then
  "$slant" new "$event" --title "End of the US combat mission in Iraq" \
    --description "On 26 July 2021 President Biden and Iraqi Prime Minister Mustafa al-Kadhimi announced that the US combat mission in Iraq would end by the end of the year, with US troops staying on to advise, assist and train; on 9 December 2021 Iraq declared the combat mission complete." \
    --from 2021-07-26 --to 2021-12-09 --lexicons "news-generic,policy-frames,iraq-2021,actors"
fi
outlets=("Graphic News" "Antiwar.com" "American Military News" "Official Medium Page" "teleSUR English")
files=("$src"/000_*.txt "$src"/001_*.txt "$src"/002_*.txt "$src"/003_*.txt "$src"/004_*.txt)
for i in 0 1 2 3 4; do
  "$slant" add "$event" "${files[$i]}" --outlet "${outlets[$i]}"
done
