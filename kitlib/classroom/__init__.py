"""The teacher's tools: grading, the student edition, launch links, printable material.

Nothing here is needed to run a lesson. The modules inside:

- ``commands``: the teacher's ``framing-kit`` subcommands (reliability, grade, codebook, slides);
- ``grading``: running submitted notebooks headless and recording each ``check()``;
- ``lessons``: student notebooks built from ``lessons/solutions/``
  (``python -m kitlib.classroom.lessons``);
- ``release``: the student edition, without the answer keys;
- ``launch``: Binder and JupyterHub links (``python -m kitlib.classroom.launch``);
- ``printable``: the printable codebook and coding sheet, and the slide deck.
"""
