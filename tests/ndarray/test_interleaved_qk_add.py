"""interleaved_matmul_selfatt_qk / encdec_qk backward onto an 'add' buffer: MXNet's gemm adds the scaled product
to the buffer (beta 1) with one rounding. The values are MXNet 1.9.1's (Haswell OpenBLAS) for the same inputs."""
import numpy as np

import distnet as mx

H = 2
SELFATT_QKV = [-0.679339468, 1.55517852, -1.32505608, 1.87113249, -0.866176426, -0.547402918, -0.172419772,
               0.0918383747, 1.06755841, -0.744033575, 0.602005064, -0.257641286, -1.78561735, -1.41697204,
               0.673054338, 0.69556725, 1.08771086, 0.533821702, -1.84734845, 0.542125583, 1.86944151, -0.487064093,
               -0.603966653, 0.924346328, -1.57749426, 1.3109436, -0.792864978, -0.130709797, 2.46147442,
               -0.0869069323, 0.598663747, 2.10728765, -0.260297, -0.432057619, 0.516084015, 0.455392867]
ENCDEC_Q = [1.61257064, 0.288118005, -0.907282054, 0.274868757, 0.398088276, -1.22191226, -0.398501903, 1.35644948,
            1.48402965, -2.59823775, 0.673838079, 0.687708795]
ENCDEC_KV = [-1.48078084, 0.721144676, 0.4102543, 0.138273224, -1.29742265, -0.714962423, 0.493624061, 0.816715896,
             -0.214949176, 0.50502193, 0.938783109, -0.675020278, -0.0608055592, -1.7566241, -0.342557251,
             0.796671867, 0.510028005, 0.338713944, -0.86147052, -0.750860155, 0.0545052476, -0.413209766,
             0.120082803, -0.698971689, -0.204228982, 3.70695329, 0.232112393, 1.60987401, 0.0710197836,
             0.921575248, -0.486784548, 0.992985666, -0.332760632, -0.488975435, -0.644393802, 0.699140847]


def _added_grads(rng, fn, shapes):
    arrays = [mx.nd.array(rng.randn(*s)) for s in shapes]
    for a in arrays:
        a.attach_grad(grad_req='add')
        a.grad[:] = mx.nd.array(rng.randn(*a.shape))
    with mx.autograd.record():
        y = fn(*arrays)
    y.backward(mx.nd.array(rng.randn(*y.shape)))
    return [a.grad.asnumpy().ravel() for a in arrays]


def test_qk_gradients_added_by_the_gemm():
    rng = np.random.RandomState(11)
    got = _added_grads(rng, lambda x: mx.nd.contrib.interleaved_matmul_selfatt_qk(x, heads=H), [(2, 1, H * 9)])
    got += _added_grads(rng, lambda q, kv: mx.nd.contrib.interleaved_matmul_encdec_qk(q, kv, heads=H),
                        [(2, 1, H * 3), (3, 1, H * 6)])
    for g, want in zip(got, (SELFATT_QKV, ENCDEC_Q, ENCDEC_KV)):
        assert g.tolist() == np.array(want, np.float32).tolist()
