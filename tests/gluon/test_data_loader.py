"""DataLoaderV1, BatchSampler's lazy last_batch check and default_batchify_fn's errors on ragged samples."""
import numpy as np
import pytest

from distnet.base import MXNetError, message_of
from distnet.gluon.data import ArrayDataset, sampler
from distnet.gluon.data.dataloader import DataLoaderV1, default_batchify_fn
from distnet.ndarray import array


@pytest.mark.parametrize("workers", [0, 2])
def test_dataloader_v1_batches_on_cpu(workers):
    dl = DataLoaderV1(ArrayDataset(np.arange(5), np.arange(5) * 2.0), batch_size=2, num_workers=workers)
    batches = [[x.asnumpy().tolist() for x in b] for b in dl]
    assert batches == [[[0, 1], [0.0, 2.0]], [[2, 3], [4.0, 6.0]], [[4], [8.0]]]
    assert {str(b[0].context) for b in dl} == {"cpu(0)"}


def test_batch_sampler_checks_last_batch_only_when_needed():
    even = sampler.BatchSampler(sampler.SequentialSampler(4), 2, "foo")
    assert [b for b in iter(even)] == [[0, 1], [2, 3]]
    with pytest.raises(ValueError, match="last_batch"):
        len(even)
    with pytest.raises(ValueError, match="last_batch"):
        list(sampler.BatchSampler(sampler.SequentialSampler(5), 2, "foo"))


@pytest.mark.parametrize("samples, error", [
    ([np.zeros(2), np.zeros(3)], KeyError),                        # lengths differ in the outer list
    ([np.zeros((2, 3)), np.zeros((2, 4))], ValueError),            # they differ inside numpy arrays
    ([[np.ones(1), np.zeros(2)], [np.ones(1), np.zeros(2)]], KeyError),
    ([[1, 2], [3]], KeyError),
])
def test_ragged_samples_fail_as_in_mxnet(samples, error):
    with pytest.raises(error, match="cannot be stacked") as info:
        default_batchify_fn(samples)
    if error is KeyError:       # MXNet's message is the object dtype it could not look up; the help is a note
        assert message_of(info.value) == "<class 'numpy.object_'>"


def test_ndarray_samples_are_checked_by_the_stack_operator():
    batch = default_batchify_fn([array([1, 2]), array([1, 2, 3])])    # MXNet's kernel finds it: on reading
    with pytest.raises(MXNetError, match="new and old shape do not match total elements$"):
        batch.asnumpy()
    with pytest.raises(MXNetError, match="Check failed: assign.* at 1-th input: expected int32, got float32$"):
        default_batchify_fn([array([1, 2], dtype="int32"), array([1, 2])])


class _Blocked:
    """Samples that take longer than the loader's timeout: each waits (at most 3 s) for an event never set."""

    def __init__(self, event):
        self.event = event

    def __len__(self):
        return 2

    def __getitem__(self, i):
        self.event.wait(3)
        return i


@pytest.mark.timeout(60)
@pytest.mark.parametrize("threads", [True, False])
def test_a_late_batch_prints_mxnets_advice_and_raises_multiprocessing_timeout(threads, capsys):
    import multiprocessing
    import threading
    from distnet.gluon.data import DataLoader
    event = threading.Event() if threads else multiprocessing.get_context("fork").Event()
    loader = DataLoader(_Blocked(event), batch_size=1, num_workers=1, thread_pool=threads, timeout=0.2)
    with pytest.raises(multiprocessing.TimeoutError) as info:
        next(iter(loader))
    assert type(info.value) is multiprocessing.context.TimeoutError and message_of(info.value) == ""
    printed = capsys.readouterr().out
    assert printed.startswith("Worker timed out after 0.2 seconds. This might be caused by \n\n")
    assert ("Insufficient shared_memory" in printed) is not threads


def test_bad_last_batch_is_formatted_with_percent_as_mxnet():
    seq = sampler.SequentialSampler(5)
    with pytest.raises(TypeError, match="not all arguments converted during string formatting"):
        list(sampler.BatchSampler(seq, 2, (2, 2)))
    with pytest.raises(ValueError, match="but got 0$"):
        list(sampler.BatchSampler(seq, 2, (0,)))        # a one-item tuple formats as its item


def test_dataloader_compares_num_workers_with_zero_as_mxnet():
    from distnet.gluon.data import DataLoader
    with pytest.raises(TypeError, match="'>=' not supported between instances of 'NoneType' and 'int'"):
        DataLoader(ArrayDataset(np.arange(4)), batch_size=2, num_workers=None)
