"""The cache sizes oneDNN's blocks follow: DISTNET_ONEDNN_L1 / DISTNET_ONEDNN_L2, else the CPU's as oneDNN reads them."""
import pytest

from distnet.ndarray import onednn_gemm_blocks as blocks


@pytest.mark.parametrize("level", [1, 2])
def test_the_variable_sets_the_size(monkeypatch, level):
    monkeypatch.setenv(blocks.CACHE_ENV[level], "524288")
    assert blocks.cache_bytes(level) == 512 << 10


@pytest.mark.parametrize("level", [1, 2])
@pytest.mark.parametrize("text", ["2M", "-1", "0", "big"])
def test_a_size_that_is_not_a_number_of_bytes_is_refused(monkeypatch, level, text):
    monkeypatch.setenv(blocks.CACHE_ENV[level], text)
    with pytest.raises(ValueError, match=f"DISTNET_ONEDNN_L{level}=.*expected a number of bytes"):
        blocks.cache_bytes(level)


@pytest.mark.parametrize("level, least, guess", [(1, 16 << 10, 32 << 10), (2, 256 << 10, 512 << 10)])
def test_without_it_the_cpu_is_read(monkeypatch, level, least, guess):
    monkeypatch.delenv(blocks.CACHE_ENV[level], raising=False)
    with open("/proc/cpuinfo") as f:
        intel = "GenuineIntel" in f.read()
    size = blocks.cache_bytes(level)
    assert size % 1024 == 0 and (size >= least if intel else size == guess)


def test_sysfs_cpu_lists_are_counted():
    assert blocks._cpu_count("0-3,8\n") == 5
    assert blocks._cpu_count("0") == 1
