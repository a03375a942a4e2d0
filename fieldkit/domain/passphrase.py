"""Minimum strength for the passphrase that guards a laptop full of children's case notes."""

MIN_LENGTH = 10


class WeakPassphrase(ValueError):
    """The passphrase fails the minimum strength; the message lists why."""

_COMMON = {
    "password123", "passw0rd123", "1234567890", "qwertyuiop", "letmein123", "iloveyou12",
    "cafcass123", "cafcasscymru", "fieldkit123", "inspector1", "password12", "qwerty1234",
}


def passphrase_problems(passphrase: str) -> list[str]:
    """Plain-English reasons a passphrase is too weak; empty when it is acceptable."""
    problems: list[str] = []
    if len(passphrase) < MIN_LENGTH:
        problems.append(f"use at least {MIN_LENGTH} characters")
    if len(set(passphrase)) < 5:
        problems.append("use more different characters")
    if passphrase.lower() in _COMMON:
        problems.append("this passphrase is too common")
    return problems
