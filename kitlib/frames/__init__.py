"""Frames: the codebook, evidence for a human coder, coding sheets, frame scores and agreement.

The public face of ``kitlib.frames``: import from here. The modules inside:

- ``tables``: the codebook, cue evidence, coding sheets, scores, agreement, and the
  kit's reference coding.
- ``codings``: a class's saved coding sheets, pooled.
- ``features``: what the machine frame coder looks at (cue families, quotations, form).
- ``coder``: the machine frame coder, trained on trained coders' answers.
"""

from __future__ import annotations

from kitlib.frames.coder import (
    CONFIDENT,
    code_article,
    explain,
    machine_coding,
    suggest_coding,
    suggest_frames,
    weights_table,
)
from kitlib.frames.tables import (
    CODEBOOKS,
    FRAMES,
    agreement_table,
    codebook,
    coding_sheet,
    cue_pattern,
    cues,
    disagreements,
    evidence_summary,
    fill_sheet,
    frame_evidence,
    frame_indicators,
    frame_scores,
    is_boilerplate,
    reference_coding,
)

__all__ = [
    "CODEBOOKS",
    "CONFIDENT",
    "FRAMES",
    "agreement_table",
    "code_article",
    "codebook",
    "coding_sheet",
    "cue_pattern",
    "cues",
    "disagreements",
    "evidence_summary",
    "explain",
    "fill_sheet",
    "frame_evidence",
    "frame_indicators",
    "frame_scores",
    "is_boilerplate",
    "machine_coding",
    "reference_coding",
    "suggest_coding",
    "suggest_frames",
    "weights_table",
]
