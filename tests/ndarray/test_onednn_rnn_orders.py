"""The summation orders of oneDNN's RNN gemm kernels (AVX-512), as FPRev measured them on MXNet 1.9.1: terms
all 1 except +M and -M (M = 2**50) at positions i and j leave the count of ones added outside the smallest
subtree holding both."""
import numpy as np
import pytest

from distnet.ndarray import onednn, onednn_rnn

M = np.float32(2.0 ** 50)
pytestmark = pytest.mark.skipif(onednn._LANES != 16, reason="the AVX-512 kernels' orders")


def probe(k, i, j, rows=2, columns=3, gemm="data"):
    """FPRev terms through fused_dot_products: a's rows hold the pattern, w is all ones."""
    a = np.ones((rows, k), np.float32)
    a[:, i], a[:, j] = M, -M
    return onednn_rnn.fused_dot_products(a, np.ones((columns, k), np.float32), gemm=gemm)[0, 0]


def test_k_blocks_split_as_onednn_sgemm():
    assert onednn_rnn._k_blocks(300) == [(0, 300)]
    assert onednn_rnn._k_blocks(400) == [(0, 200), (200, 400)]
    assert onednn_rnn._k_blocks(800) == [(0, 384), (384, 592), (592, 800)]
    assert onednn_rnn._k_blocks(1024) == [(0, 384), (384, 704), (704, 1024)]


def test_training_gemm_sums_its_k_blocks_apart():
    assert probe(400, 0, 250) == 0          # each block's ones vanish beside M: the blocks' sums cancel
    assert probe(400, 0, 150) == 249        # in one block: the ones after the cancellation survive
    assert probe(400, 0, 250, gemm=None) == 149     # inference: one chain


def test_one_sample_is_a_chain_from_the_start_value():
    a = np.ones((1, 4), np.float32)
    start = np.full((1, 2), M)
    a[0, 3] = -1
    assert onednn_rnn.fused_dot_products(a, np.ones((2, 4), np.float32), start=start, gemm="data")[0, 0] == M
    a = np.full((1, 2), -M)
    total = onednn_rnn.fused_dot_products(a, np.ones((2, 2), np.float32), start=np.full((1, 2), M), gemm="data")
    assert total[0, 0] == -M            # (M - M) - M: the start first


def test_one_output_row_takes_the_eight_lane_dot_kernel():
    assert probe(40, 0, 8, columns=1) == 38      # one lane: the pair cancels, the other 38 ones survive
    assert probe(40, 0, 1, columns=1) == 32      # lanes 0 and 1 meet in the reduction after 4 terms each
    assert probe(40, 0, 32, columns=1) == 0      # the piece of 8 after the 32 meets the lanes last
    assert probe(40, 0, 32, columns=3) == 7      # several output rows: one chain


def test_dot_kernel_adds_a_negative_zero_product_onto_zero():
    a = np.array([[-0.0], [1.0]], np.float32)
    total = onednn_rnn.fused_dot_products(a, np.ones((1, 1), np.float32), gemm="data")
    assert np.signbit(total[0, 0]) == np.False_ and total[1, 0] == 1


def test_gru_inference_input_gemm_of_one_row_takes_the_dot_kernel_per_output():
    # outputs not a multiple of 16: eight lanes (terms k, k + 8, ...) reduced pairwise, one lane's ones survive
    assert probe(32, 0, 8, rows=1, columns=6, gemm="layer") == 2 + 7 * 4
    assert probe(32, 0, 1, rows=1, columns=6, gemm="layer") == 6 * 4       # lanes 0 and 1 cancel
    # 16 outputs, or several rows: the "data" gemm's chain in order
    assert probe(32, 0, 8, rows=1, columns=48, gemm="layer") == 23
    assert probe(32, 0, 8, rows=2, columns=6, gemm="layer") == 23


@pytest.mark.parametrize("state_outputs, first, middle, last", [
    (True, [1, 0, 0, 0], [0, 1, 1, 0], [0, 0, 0, 1]),
    (False, [1, 0, 0, 0], [0, 1, 1, 1], [0, 0, 0, 0])])
def test_inference_stack_merges_by_place_and_state_outputs(state_outputs, first, middle, last):
    flags = [onednn_rnn.merged_steps("lstm", layer, 3, 5, 5, 1, 4, 2, False, state_outputs).astype(int).tolist()
             for layer in range(3)]
    assert flags == [first, middle, last]


def test_one_step_merges_everywhere_only_with_state_outputs():
    def flags(state_outputs):
        return [bool(onednn_rnn.merged_steps("rnn_tanh", layer, 3, 5, 5, 1, 1, 2, False, state_outputs)[0])
                for layer in range(3)]
    assert flags(True) == [True, True, True]
    assert flags(False) == [True, False, False]
