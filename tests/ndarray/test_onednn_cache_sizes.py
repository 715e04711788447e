"""The L2 cache size oneDNN's im2col convolution blocks follow: DISTNET_ONEDNN_L2, else the CPU's as oneDNN reads it."""
import pytest

from distnet.ndarray import onednn_gemm_blocks as blocks


def test_the_variable_sets_the_size(monkeypatch):
    monkeypatch.setenv(blocks.L2_ENV, "524288")
    assert blocks.l2_bytes() == 512 << 10


@pytest.mark.parametrize("text", ["2M", "-1", "0", "big"])
def test_a_size_that_is_not_a_number_of_bytes_is_refused(monkeypatch, text):
    monkeypatch.setenv(blocks.L2_ENV, text)
    with pytest.raises(ValueError, match="DISTNET_ONEDNN_L2=.*expected a number of bytes"):
        blocks.l2_bytes()


def test_without_it_the_cpu_is_read(monkeypatch):
    monkeypatch.delenv(blocks.L2_ENV, raising=False)
    with open("/proc/cpuinfo") as f:
        intel = "GenuineIntel" in f.read()
    size = blocks.l2_bytes()
    assert size % 1024 == 0 and (size >= 256 << 10 if intel else size == 512 << 10)


def test_sysfs_cpu_lists_are_counted():
    assert blocks._cpu_count("0-3,8\n") == 5
    assert blocks._cpu_count("0") == 1
