"""Errors that reach a person as one clear sentence, never as a traceback."""


class UserError(Exception):
    """Bad input from the person (a file, an option, a name): shown as one line, exit code 2."""

    exit_code = 2


class ContentError(UserError):
    """The checklist content is malformed. Carries every problem found, one per line."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))
