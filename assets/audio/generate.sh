#!/usr/bin/env bash
# Service Chain: regenerates every sound in this folder from nothing (no recordings, no downloads).
#
#   Needs (Debian/Ubuntu): apt-get install sox libsox-fmt-all espeak-ng lame
#   Run from anywhere:     bash assets/audio/generate.sh
#
# Writes NAME.ogg (Ogg Vorbis, mono, 22.05 kHz) and NAME.mp3 (MP3 by lame, mono, 22.05 kHz) for every
# sound. Ambience loops are built so that their end runs straight into their start:
#   - steady noise beds are made longer than the loop and their extra tail is crossfaded
#     (equal power) over their head;
#   - tones have a whole number of cycles in the loop;
#   - one-off events (ticks, beeps, birds) have any tail that runs past the end folded back
#     onto the start.
# Every random choice comes from `sox -R` or the fixed-seed generator below, so a rerun with the
# same sox, espeak-ng and lame gives byte-identical files.
set -euo pipefail

OUT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
RATE=22050
WORK="$(mktemp -d)"
# KEEP_WORK=1 keeps the scratch WAVs (to inspect a sound before encoding).
if [ "${KEEP_WORK:-}" = 1 ]; then echo "scratch: $WORK"; else trap 'rm -rf "$WORK"' EXIT; fi

for tool in sox espeak-ng lame awk; do
  command -v "$tool" >/dev/null || {
    echo "generate.sh: '$tool' is missing; apt-get install sox libsox-fmt-all espeak-ng lame" >&2
    exit 1
  }
done

# ---------------------------------------------------------------- helpers
# (Each part below writes its scratch files in $WORK; names are reused between parts.)

# sox, repeatable (-R: same noise and dither every run), quiet unless something fails.
sx() { sox -R -V"${SOX_VERBOSE:-1}" "$@"; }
# Scratch format: 32-bit float WAV. sox still clips at full scale inside its effects, so every
# source is made well below 0 dBFS (headroom) and only the final step sets the level.
F32=(-r "$RATE" -c 1 -e floating-point -b 32)
calc() { awk "BEGIN { printf \"%.6f\", $1 }"; }

# Deterministic pseudo-random numbers (a plain LCG): `rnd N` sets RND to 0..N-1.
SEED=20240611
rnd() {
  SEED=$(((SEED * 1103515245 + 12345) % 2147483648))
  RND=$(((SEED / 65536) % $1))
}

# silence OUT SECONDS
silence() { sx -n "${F32[@]}" "$1" trim 0 "$2"; }

# loop_bed IN OUT LEN XF: IN is at least LEN+XF long. Keeps IN[XF, LEN+XF) and crossfades its
# last XF seconds into IN[0, XF), so the result's end flows into its start.
loop_bed() {
  local in=$1 out=$2 len=$3 xf=$4
  sx "$in" "$WORK/lb_body.wav" trim "$xf" "$len" fade q 0 "$len" "$xf"
  sx "$in" "$WORK/lb_head.wav" trim 0 "$xf" fade q "$xf" pad "$(calc "$len - $xf")"
  sx -m -v 1 "$WORK/lb_body.wav" -v 1 "$WORK/lb_head.wav" "$out"
}

# events OUT LEN FILE@START...: places one-off sounds on a silent LEN-second layer; whatever
# runs past LEN is folded back onto the start (the layer is circular).
events() {
  local out=$1 len=$2
  shift 2
  silence "$WORK/ev_base.wav" "$len"
  local args=(-v 1 "$WORK/ev_base.wav") i=0 ev
  for ev in "$@"; do
    sx "${ev%@*}" "$WORK/ev_$i.wav" pad "${ev##*@}"
    args+=(-v 1 "$WORK/ev_$i.wav")
    i=$((i + 1))
  done
  sx -m "${args[@]}" "$WORK/ev_sum.wav"
  sx "$WORK/ev_sum.wav" "$WORK/ev_body.wav" trim 0 "$len"
  if [ "$(sox --i -s "$WORK/ev_sum.wav")" -gt "$(sox --i -s "$WORK/ev_body.wav")" ]; then
    sx "$WORK/ev_sum.wav" "$WORK/ev_tail.wav" trim "$len"
    sx -m -v 1 "$WORK/ev_body.wav" -v 1 "$WORK/ev_tail.wav" "$out"
  else
    cp "$WORK/ev_body.wav" "$out"
  fi
  rm -f "$WORK"/ev_*.wav
}

# mix OUT FILE[:GAIN_DB]...: sums layers, each at its own gain.
mix() {
  local out=$1
  shift
  local args=() layer
  for layer in "$@"; do
    if [[ $layer == *:* ]]; then
      args+=(-v "$(calc "10 ^ (${layer##*:} / 20)")" "${layer%:*}")
    else
      args+=(-v 1 "$layer")
    fi
  done
  if [ ${#args[@]} -eq 2 ]; then
    sx "${args[@]}" "$out"
  else
    sx -m "${args[@]}" "$out"
  fi
}

# rms_db FILE: RMS level in dBFS.
rms_db() { sox "$1" -n stats 2>&1 | awk '/^RMS lev dB/ { print $4 }'; }

# level_rms IN OUT TARGET_DB: sets the RMS level (used for the ambience beds).
level_rms() {
  local now
  now=$(rms_db "$1")
  sx "$1" "$2" gain "$(calc "$3 - ($now)")"
}

# note OUT FREQ LEN DECAY [BRIGHT]: a soft bell-like note, peaking near -10 dBFS so chords have
# headroom. DECAY is how long the exponential decay takes to fall 100 dB (smaller = shorter).
# BRIGHT (0..1) adds upper partials.
note() {
  local out=$1 f=$2 len=$3 decay=$4 bright=${5:-0.5}
  sx -c 3 -r "$RATE" -n -e floating-point -b 32 -c 1 "$WORK/note_raw.wav" \
    synth "$decay" sine "$f" sine "$(calc "$f * 2")" sine "$(calc "$f * 4.07")" \
    remix "1v0.24,2v$(calc "0.075 * $bright"),3v$(calc "0.024 * $bright")" \
    fade l 0.004 "$decay" "$(calc "$decay - 0.004")"
  sx "$WORK/note_raw.wav" "$out" trim 0 "$len" fade t 0 "$len" 0.04
}

# seq OUT LEN FILE@START...: like events, but not circular (for cues): pads/trims to LEN.
seq_cue() {
  local out=$1 len=$2
  shift 2
  silence "$WORK/sq_base.wav" "$len"
  local args=(-v 1 "$WORK/sq_base.wav") i=0 ev
  for ev in "$@"; do
    sx "${ev%@*}" "$WORK/sq_$i.wav" pad "${ev##*@}"
    args+=(-v 1 "$WORK/sq_$i.wav")
    i=$((i + 1))
  done
  sx -m "${args[@]}" "$WORK/sq_sum.wav"
  sx "$WORK/sq_sum.wav" "$out" trim 0 "$len"
  rm -f "$WORK"/sq_*.wav
}

# finish_cue IN NAME PEAK_DB: a touch of room, peak level, short fades, then encode.
finish_cue() {
  local in=$1 name=$2 peak=$3 len
  len=$(sox --i -D "$in")
  sx "$in" "$WORK/fc.wav" pad 0 0.3 reverb 22 60 35 100 8 -9 gain -n "$peak" \
    trim 0 "$(calc "$len + 0.15")" fade t 0.002 "$(calc "$len + 0.15")" 0.12
  encode "$WORK/fc.wav" "$name" cue
}

# encode IN NAME KIND: KIND is loop (ambience: lower MP3 bitrate) or cue.
encode() {
  local in=$1 name=$2 kind=$3 kbps=32
  # Vorbis quality -1 is its smallest (about 20-30 kbit/s at this rate, mono). Ogg Vorbis is
  # sample-exact, so the loops stay seamless.
  sx "$in" -r "$RATE" -c 1 -C -1 "$OUT/$name.ogg"
  # MP3 (the fallback for browsers without Vorbis) is made by lame rather than sox because lame
  # writes the LAME/Info header recording the encoder's delay and padding, which browsers use to
  # trim the silence MP3 adds at each end (without it a loop would gap).
  [ "$kind" = loop ] && kbps=24
  sx "$in" -r "$RATE" -c 1 -b 16 -e signed-integer "$WORK/enc.wav"
  # ABR, not CBR: at these low rates a CBR frame is too small to hold that header.
  lame --quiet --noreplaygain -m m --resample 22.05 --abr "$kbps" "$WORK/enc.wav" "$OUT/$name.mp3"
}

# --------------------------------------------------------------- sources

# A distant crowd: several synthetic voices (espeak-ng) talking over each other, muffled by
# distance and a room, so no word can be made out.
babble() { # OUT SECONDS
  local out=$1 secs=$2 i=0 args=() voice name speed pitch
  SEED=7001 # same voices and offsets whichever parts run
  # 3 s more than asked is made, then dropped, so every voice has started and the room is full.
  secs=$((secs + 3))
  local voices=("en-gb+m3:150:35" "en-gb+f2:165:60" "en-gb-x-rp+m1:140:45" "en-gb-scotland+f4:170:70"
    "en-gb-x-gbclan+m4:155:30" "en-gb+f5:160:65" "en-gb-x-gbcwmd+m2:145:40")
  local lines=(
    "Have you got this one in a bigger size? The grey one, by the window. I think it was on offer last week."
    "We are looking for a sofa, something for the living room, nothing too big, and it has to go through a narrow door."
    "Excuse me, where would I find the lamp shades? Just past the rugs, on the left, next to the mirrors."
    "It is lovely, isn't it, but I am not sure about the colour. Shall we ask if they can order it in blue?"
    "Can I pay for this over there, or do I need to go to the main tills? Is there a queue at the front?"
    "Oh that is nice, look at these cushions. Mum would like those for the conservatory, wouldn't she?"
    "I will just check the stock room for you. Give me two minutes and I will be right back with it."
  )
  for voice in "${voices[@]}"; do
    IFS=: read -r name speed pitch <<<"$voice"
    local text="${lines[$i]} ${lines[$(((i + 3) % 7))]} ${lines[$(((i + 5) % 7))]}"
    espeak-ng -v "$name" -s "$speed" -p "$pitch" -w "$WORK/bab_$i.raw.wav" "$text"
    rnd 2500
    sx "$WORK/bab_$i.raw.wav" "${F32[@]}" "$WORK/bab_$i.wav" \
      gain -12 pad "$(calc "$RND / 1000")" repeat 3 highpass 280 lowpass 850 lowpass 1400 \
      trim 0 "$secs"
    args+=(-v 0.3 "$WORK/bab_$i.wav")
    i=$((i + 1))
  done
  sx -m "${args[@]}" "$WORK/bab_mix.wav"
  sx "$WORK/bab_mix.wav" "$out" reverb -w 70 60 100 100 20 0 trim 3 "$((secs - 3))"
  rm -f "$WORK"/bab_*.wav
}

# A steady noise bed: KIND is white/pink/brown; FILTERS are sox effects.
bed() { # OUT SECONDS KIND FILTERS...
  local out=$1 secs=$2 kind=$3
  shift 3
  # One extra second is made and dropped so the filters have settled.
  sx -n "${F32[@]}" "$WORK/bed_raw.wav" synth "$(calc "$secs + 1")" "${kind}noise" gain -15 "$@"
  sx "$WORK/bed_raw.wav" "$out" trim 1
}

# A tonal hum with a whole number of cycles in LEN seconds (so it loops exactly).
hum() { # OUT LEN FREQ:GAIN...
  local out=$1 len=$2
  shift 2
  local n=$# spec remix="" c=1 synths=()
  for spec in "$@"; do
    synths+=(sine "${spec%%:*}")
    remix+="${c}v${spec##*:},"
    c=$((c + 1))
  done
  sx -c "$n" -r "$RATE" -n -e floating-point -b 32 -c 1 "$out" synth "$len" "${synths[@]}" \
    remix "${remix%,}" gain -12
}

# A short click (key press, clock tick). CENTRE in Hz, LEN in seconds, PEAK in dBFS.
click() { # OUT CENTRE LEN PEAK_DB
  sx -n "${F32[@]}" "$1" synth "$3" whitenoise sinc -n 64 "$(calc "$2 * 0.6")-$(calc "$2 * 1.5")" \
    fade l 0 "$3" "$3" gain -n "$4"
}

# ------------------------------------------------------------- ambience

XF=2 # crossfade for the noise beds, seconds

amb_shop_floor() {
  local L=12
  bed "$WORK/tone.wav" $((L + XF)) brown lowpass 500 highpass 40
  bed "$WORK/air.wav" $((L + XF)) pink lowpass 3000 highpass 150
  babble "$WORK/crowd.wav" $((L + XF))
  mix "$WORK/bed.wav" "$WORK/tone.wav:-12" "$WORK/air.wav:-16" "$WORK/crowd.wav:8"
  loop_bed "$WORK/bed.wav" "$WORK/loop.wav" $L $XF
  level_rms "$WORK/loop.wav" "$WORK/shop-floor.wav" -36
  encode "$WORK/shop-floor.wav" shop-floor loop
}

amb_contact_centre() {
  local L=10 t evs=() burst k key
  SEED=7002
  bed "$WORK/hvac.wav" $((L + XF)) pink lowpass 1800 highpass 120
  bed "$WORK/low.wav" $((L + XF)) brown lowpass 300
  hum "$WORK/hum.wav" $L 100:0.5 150:0.2 50:0.3
  for k in 0 1 2 3; do
    rnd 6
    click "$WORK/key$k.wav" $((2400 + k * 500 + RND * 100)) 0.014 $((-12 - k))
  done
  # Typing in three short bursts, from nearby desks.
  for burst in 0.6 4.3 7.4; do
    t=$burst
    rnd 8
    local keys=$((5 + RND))
    for ((k = 0; k < keys; k++)); do
      rnd 4
      key=$RND
      evs+=("$WORK/key$key.wav@$t")
      rnd 120
      t=$(calc "$t + 0.08 + $RND / 1000")
    done
  done
  events "$WORK/typing.wav" $L "${evs[@]}"
  sx "$WORK/typing.wav" "$WORK/typing_room.wav" reverb 30 50 40 100 0 -6
  mix "$WORK/bed.wav" "$WORK/hvac.wav:0" "$WORK/low.wav:-10"
  loop_bed "$WORK/bed.wav" "$WORK/bedloop.wav" $L $XF
  mix "$WORK/loop.wav" "$WORK/bedloop.wav:0" "$WORK/hum.wav:-34" "$WORK/typing_room.wav:-6"
  level_rms "$WORK/loop.wav" "$WORK/contact-centre.wav" -38
  encode "$WORK/contact-centre.wav" contact-centre loop
}

amb_warehouse() {
  local L=12 i evs=()
  bed "$WORK/rumble.wav" $((L + XF)) brown lowpass 180 highpass 30
  bed "$WORK/air.wav" $((L + XF)) pink lowpass 1200 highpass 200 reverb -w 90 40 100 100 0 0
  hum "$WORK/hum.wav" $L 100:0.6 200:0.2 300:0.1
  # A distant reversing beep (four pips), and two barcode scanner beeps.
  sx -n "${F32[@]}" "$WORK/pip.wav" synth 0.35 sine 1040 fade t 0.01 0.35 0.03 lowpass 2000 gain -12
  for i in 0 1 2 3; do evs+=("$WORK/pip.wav@$(calc "2.2 + $i * 0.8")"); done
  sx -n "${F32[@]}" "$WORK/scan.wav" synth 0.09 sine 2750 fade t 0.005 0.09 0.01 gain -16
  evs+=("$WORK/scan.wav@7.6" "$WORK/scan.wav@9.9")
  events "$WORK/beeps_dry.wav" $L "${evs[@]}"
  # Far away in a big hard room: mostly reflections.
  sx "$WORK/beeps_dry.wav" "$WORK/beeps_pad.wav" pad 0 3
  sx "$WORK/beeps_pad.wav" "$WORK/beeps_wet.wav" reverb -w 85 30 100 100 30 0
  events "$WORK/beeps.wav" $L "$WORK/beeps_wet.wav@0"
  mix "$WORK/bed.wav" "$WORK/rumble.wav:0" "$WORK/air.wav:-4"
  loop_bed "$WORK/bed.wav" "$WORK/bedloop.wav" $L $XF
  mix "$WORK/loop.wav" "$WORK/bedloop.wav:0" "$WORK/hum.wav:-30" "$WORK/beeps.wav:-6"
  level_rms "$WORK/loop.wav" "$WORK/warehouse.wav" -36
  encode "$WORK/warehouse.wav" warehouse loop
}

amb_office() {
  local L=10 s evs=()
  bed "$WORK/tone.wav" $((L + XF)) pink lowpass 700 highpass 60
  loop_bed "$WORK/tone.wav" "$WORK/bedloop.wav" $L $XF
  # A wall clock: tick on even seconds, tock (a little lower) on odd ones; 10 s is 5 pairs.
  click "$WORK/tick.wav" 3600 0.02 -12
  click "$WORK/tock.wav" 2700 0.02 -14
  for ((s = 0; s < L; s++)); do
    if ((s % 2 == 0)); then evs+=("$WORK/tick.wav@$s"); else evs+=("$WORK/tock.wav@$s"); fi
  done
  events "$WORK/clock_dry.wav" $L "${evs[@]}"
  sx "$WORK/clock_dry.wav" "$WORK/clock_pad.wav" pad 0 1
  sx "$WORK/clock_pad.wav" "$WORK/clock_wet.wav" reverb 25 50 30 100 0 -8
  events "$WORK/clock.wav" $L "$WORK/clock_wet.wav@0"
  mix "$WORK/loop.wav" "$WORK/bedloop.wav:0" "$WORK/clock.wav:-6"
  level_rms "$WORK/loop.wav" "$WORK/office.wav" -40
  encode "$WORK/office.wav" office loop
}

# One bird phrase: a run of quick chirps.
bird_phrase() { # OUT KIND
  local out=$1 kind=$2 i parts=()
  case $kind in
    tsee) # three or four thin falling whistles
      for i in 0 1 2 3; do
        sx -n "${F32[@]}" "$WORK/bp_$i.wav" synth 0.07 sine "$((5200 - i * 150)):$((4300 - i * 150))" \
          fade h 0.01 0.07 0.04 pad 0 0.06
        parts+=("$WORK/bp_$i.wav")
      done
      ;;
    tweedle) # up-down warble
      for i in 0 1 2 3 4; do
        sx -n "${F32[@]}" "$WORK/bp_$i.wav" synth 0.05 sine 2900:4100 synth 0.05 sine 4100:3100 \
          fade h 0.005 0.05 0.02 pad 0 0.025
        parts+=("$WORK/bp_$i.wav")
      done
      ;;
    pew) # two rising notes
      for i in 0 1; do
        sx -n "${F32[@]}" "$WORK/bp_$i.wav" synth 0.16 sine 2300:3400 fade h 0.02 0.16 0.08 pad 0 0.12
        parts+=("$WORK/bp_$i.wav")
      done
      ;;
  esac
  sx "${parts[@]}" "$out" gain -12
  rm -f "$WORK"/bp_*.wav
}

amb_customer_home() {
  local L=12
  bed "$WORK/tone.wav" $((L + XF)) brown lowpass 400 highpass 30
  bed "$WORK/air.wav" $((L + XF)) pink lowpass 2500 highpass 300
  mix "$WORK/bed.wav" "$WORK/tone.wav:0" "$WORK/air.wav:-12"
  loop_bed "$WORK/bed.wav" "$WORK/bedloop.wav" $L $XF
  bird_phrase "$WORK/b1.wav" tsee
  bird_phrase "$WORK/b2.wav" tweedle
  bird_phrase "$WORK/b3.wav" pew
  sx "$WORK/b2.wav" "$WORK/b2q.wav" gain -4 speed 0.97
  events "$WORK/birds_dry.wav" $L "$WORK/b1.wav@0.8" "$WORK/b3.wav@3.1" "$WORK/b2.wav@5.0" \
    "$WORK/b1.wav@8.2" "$WORK/b2q.wav@10.3"
  # Outside, through a closed window: dull the top, add the garden's space.
  sx "$WORK/birds_dry.wav" "$WORK/birds_pad.wav" pad 0 1.5
  sx "$WORK/birds_pad.wav" "$WORK/birds_wet.wav" lowpass 4500 reverb 40 70 60 100 15 -4
  events "$WORK/birds.wav" $L "$WORK/birds_wet.wav@0"
  mix "$WORK/loop.wav" "$WORK/bedloop.wav:0" "$WORK/birds.wav:-10"
  level_rms "$WORK/loop.wav" "$WORK/customer-home.wav" -40
  encode "$WORK/customer-home.wav" customer-home loop
}

# ------------------------------------------------------------------ cues

# Note frequencies (Hz), equal temperament.
D4=293.66 E4=329.63 F4=349.23 G4=392.00 A4=440.00
C5=523.25 E5=659.25 F5=698.46 G5=783.99 A5=880.00
C6=1046.50 D6=1174.66 E6=1318.51

cues() {
  # Interface: quiet, very short, not musical enough to mean anything on their own.
  sx -n "${F32[@]}" "$WORK/sel.wav" synth 0.05 sine 1400 fade l 0.002 0.05 0.048 gain -12
  finish_cue "$WORK/sel.wav" ui-select -10

  note "$WORK/c1.wav" $A5 0.12 0.5 0.3
  note "$WORK/c2.wav" $E6 0.2 0.7 0.3
  seq_cue "$WORK/conf.wav" 0.28 "$WORK/c1.wav@0" "$WORK/c2.wav@0.07"
  finish_cue "$WORK/conf.wav" ui-confirm -8

  sx -n "${F32[@]}" "$WORK/open.wav" synth 0.14 sine 480:960 fade h 0.02 0.14 0.08 lowpass 3000 gain -12
  finish_cue "$WORK/open.wav" ui-open -10
  sx -n "${F32[@]}" "$WORK/close.wav" synth 0.14 sine 960:480 fade h 0.02 0.14 0.08 lowpass 3000 gain -12
  finish_cue "$WORK/close.wav" ui-close -10

  # Mood: a bright rising triad (better), a soft falling minor third, lower down (worse).
  note "$WORK/m1.wav" $C5 0.6 2 0.6
  note "$WORK/m2.wav" $E5 0.6 2 0.6
  note "$WORK/m3.wav" $G5 0.6 2.4 0.6
  seq_cue "$WORK/better.wav" 0.8 "$WORK/m1.wav@0" "$WORK/m2.wav@0.09" "$WORK/m3.wav@0.18"
  finish_cue "$WORK/better.wav" mood-better -7

  note "$WORK/w1.wav" $G4 0.5 2.2 0.3
  note "$WORK/w2.wav" $E4 0.7 2.6 0.3
  seq_cue "$WORK/worse_dry.wav" 0.9 "$WORK/w1.wav@0" "$WORK/w2.wav@0.2"
  sx "$WORK/worse_dry.wav" "$WORK/worse.wav" lowpass 2200
  finish_cue "$WORK/worse.wav" mood-worse -7

  # Escalation: the shop's two-note announcement chime (ding-dong), so it reads as
  # "passing this on", not as an alarm.
  note "$WORK/e1.wav" $E5 0.9 3.5 0.8
  note "$WORK/e2.wav" $C5 1.1 4 0.8
  seq_cue "$WORK/esc.wav" 1.5 "$WORK/e1.wav@0" "$WORK/e2.wav@0.38"
  finish_cue "$WORK/esc.wav" escalation -7

  # Time passing: tick-tock-tick-tock, a little faster than a real clock.
  click "$WORK/tk.wav" 3600 0.025 -12
  click "$WORK/tc.wav" 2600 0.025 -14
  seq_cue "$WORK/ticks.wav" 1.25 "$WORK/tk.wav@0" "$WORK/tc.wav@0.32" "$WORK/tk.wav@0.64" \
    "$WORK/tc.wav@0.96"
  finish_cue "$WORK/ticks.wav" clock-tick -6

  # Endings (about 2.5 s).
  # Strong: rising C major arpeggio into a held, resolved chord.
  note "$WORK/s1.wav" $C5 2.4 6 0.7
  note "$WORK/s2.wav" $E5 2.3 6 0.7
  note "$WORK/s3.wav" $G5 2.2 6 0.7
  note "$WORK/s4.wav" $C6 2.1 7 0.6
  seq_cue "$WORK/strong.wav" 2.5 "$WORK/s1.wav@0" "$WORK/s2.wav@0.12" "$WORK/s3.wav@0.24" \
    "$WORK/s4.wav@0.36"
  finish_cue "$WORK/strong.wav" ending-strong -7

  # Partial: the same opening that does not land: an open, suspended chord (C, F, G, D).
  note "$WORK/p1.wav" $C5 2.4 5 0.5
  note "$WORK/p2.wav" $F5 2.2 5 0.5
  note "$WORK/p3.wav" $G5 2.0 5 0.5
  note "$WORK/p4.wav" $D6 1.8 5 0.4
  seq_cue "$WORK/partial.wav" 2.5 "$WORK/p1.wav@0" "$WORK/p2.wav@0.16" "$WORK/p3.wav@0.32" \
    "$WORK/p4.wav@0.7"
  finish_cue "$WORK/partial.wav" ending-partial -7

  # Failed: a slow, soft falling D minor line, low and muffled; sad, not harsh.
  note "$WORK/f1.wav" $A4 2.4 4 0.3
  note "$WORK/f2.wav" $F4 2.1 4 0.3
  note "$WORK/f3.wav" $D4 1.8 5 0.3
  seq_cue "$WORK/failed_dry.wav" 2.6 "$WORK/f1.wav@0" "$WORK/f2.wav@0.3" "$WORK/f3.wav@0.6"
  sx "$WORK/failed_dry.wav" "$WORK/failed.wav" lowpass 1800
  finish_cue "$WORK/failed.wav" ending-failed -7
}

# ------------------------------------------------------------------ run

# `bash generate.sh amb_office cues` makes only those parts; no arguments makes everything.
if [ $# -gt 0 ]; then
  for part in "$@"; do "$part"; done
else
  amb_shop_floor
  amb_contact_centre
  amb_warehouse
  amb_office
  amb_customer_home
  cues
fi

echo "generate.sh: wrote $(find "$OUT" -maxdepth 1 \( -name '*.ogg' -o -name '*.mp3' \) | wc -l) files to $OUT"
du -ch "$OUT"/*.ogg "$OUT"/*.mp3 | tail -1
