"""The teacher's tools: grading, the student edition, launch links, printable material.

Nothing here is needed to run a lesson. The modules inside:

- ``commands``: the teacher's ``framing-kit`` subcommands (reliability, grade, codebook, slides);
- ``grading``: grading a folder of submitted notebooks: each run in the sandbox, its
  recorded answers checked by the grader, the gradebook written as each finishes;
- ``sandbox``: what a graded notebook can see, change and start (Linux namespaces, limits);
- ``worker``: one notebook's cells run in a kernel, inside the sandbox;
- ``recorder``: the answers a graded notebook hands over, as plain data;
- ``gradebook``: students and ids from LMS file names, the Canvas/Moodle/wide gradebooks;
- ``lessons``: student notebooks built from ``lessons/solutions/``
  (``python -m kitlib.classroom.lessons``);
- ``release``: the student edition, without the answer keys;
- ``launch``: Binder and JupyterHub links (``python -m kitlib.classroom.launch``);
- ``printable``: the printable codebook and coding sheet, and the slide deck.
"""
