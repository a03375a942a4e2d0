"""Domain errors with no heavy imports, so the unlock screen can name them before anything else loads."""


class FrameworkError(ValueError):
    """A framework file or stored framework that cannot be used.

    Attributes:
        problems: one line per problem, each "<source>: <key path>: <what is wrong>".
    """

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


class ValidationError(ValueError):
    """One message per problem, each naming the field."""

    def __init__(self, problems: list[str]):
        super().__init__("; ".join(problems))
        self.problems = problems
