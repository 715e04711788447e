"""RNN layer outputs and gradients match MXNet 1.9.1 bit for bit on an AVX2 CPU (DISTNET_ONEDNN_ISA=avx2): the
backward gemms run FullyConnected's AVX2 data- and weight-gradient sgemms."""
import pytest

from avx2_fixture import wrong_cases


@pytest.mark.timeout(300)
def test_avx2_rnn_layers_match_mxnet_on_an_avx2_cpu():
    assert wrong_cases("rnn_avx2_cases", "rnn_avx2_mxnet_1.9.1.npz") == {
        "lanes": 8, "wrong": {"y": [], "dx": [], "dparams": [], "y_predict": [], "nd_rnn": []}}
