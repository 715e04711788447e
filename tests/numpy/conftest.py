"""Shared fixtures of the mx.np tests."""
import pytest

from distnet import npx


@pytest.fixture
def np_semantics():
    """NumPy shape and array semantics on for the test (``pytestmark = pytest.mark.usefixtures(...)``)."""
    npx.set_np()
    yield
    npx.reset_np()
