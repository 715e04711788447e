"""histogram's bin counts and range, the windows' M and logspace's base, read and refused as MXNet does."""
import math

import pytest

import distnet as mx
from distnet import np
from distnet.base import message_of

pytestmark = pytest.mark.usefixtures("np_semantics")

X = [3., 1., 2., 3., 1., 5.]


def test_no_bins_give_one_nan_edge():
    counts, edges = np.histogram(np.array(X), bins=0, range=(0, 10))
    assert counts.shape == (0,) and counts.dtype == "int64"
    assert edges.shape == (1,) and math.isnan(edges.item())


def test_negative_bins_are_the_counts_shape():
    with pytest.raises(mx.MXNetError, match=r"Operator _histogram inferring shapes failed.\ninput shapes:\n\[6\]"):
        np.histogram(np.array(X), bins=-1, range=(3, 1))          # (before the range check)
    with pytest.raises(mx.MXNetError, match=r"dim_size >= -1 \(-3 vs. -1\)"):
        np.histogram(np.array(X), bins=-3, range=(0, 1))


def test_bin_edges_ignore_the_range():
    counts, edges = np.histogram(np.array(X), bins=np.array([0., 1., 2.5, 6.]), range=(3, 1))
    assert counts.tolist() == [0, 3, 3] and edges.tolist() == [0.0, 1.0, 2.5, 6.0]


def test_windows_read_m_from_its_text():
    assert np.hanning("3").tolist() == [0.0, 1.0, 0.0]
    assert np.blackman(" 4").shape == (4,)
    with pytest.raises(mx.MXNetError, match="Invalid Parameter format for M expect  but value='3.5'"):
        np.hanning("3.5")


@pytest.mark.parametrize("base, text", [(np.array([2., 3.]), "[2. 3.]"), ([2, 3], "[2, 3]")])
def test_logspace_refuses_a_base_of_several_numbers(base, text):
    with pytest.raises(mx.MXNetError) as e:
        np.logspace(0, 2, 3, base=base)
    assert message_of(e.value) == (f"Invalid Parameter format for base expect double but value='{text}', in operator "
                            f'_npi_logspace(name="", ctx="cpu(0)", base="{text}", endpoint="True", num="3", stop="2", '
                            'start="0")')
    assert np.logspace(0, 2, 3, base=np.array(2.)).tolist() == [1.0, 2.0, 4.0]
