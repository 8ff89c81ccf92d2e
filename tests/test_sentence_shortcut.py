"""The shortcut in kitlib.text.split_sentences must agree with pysbd.

``split_sentences`` skips pysbd for a paragraph that is plainly one sentence
(see ``_is_one_sentence``). ``benchmarks/one_sentence_check.py`` asks pysbd
anyway about every paragraph the shortcut takes; here it runs on the kit's
articles and 2,000 random paragraphs (its default is 20,000).
"""

from __future__ import annotations

import re

from _helpers import load_script


def test_pysbd_agrees_with_every_paragraph_the_shortcut_takes(capsys):
    status = load_script("benchmarks/one_sentence_check.py").main(2000)
    printed = capsys.readouterr().out
    assert status == 0, printed
    taken = int(re.search(r"the shortcut took (\d+)", printed).group(1))
    assert taken > 1000, printed  # the check is only worth something if the shortcut is used


def test_the_shortcut_is_taken_and_refused():
    from kitlib.text import _is_one_sentence

    assert _is_one_sentence("Pence said the United States should be ready to act.")
    assert not _is_one_sentence("Gov. Mike Pence spoke. Then Sen. Tim Kaine answered.")
    assert not _is_one_sentence("“We are ready,” he said.")  # opens with a quotation mark
