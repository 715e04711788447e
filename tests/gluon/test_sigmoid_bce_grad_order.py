"""SigmoidBCELoss records its terms in MXNet's order, so pred's three gradients are summed as in
MXNet 1.9.1 (values recorded from MXNet)."""
import numpy as np

from distnet import autograd, gluon, nd

EXPECTED = ['-0x1.10eebcp-3', '0x1.fa140cp-4', '0x1.3a6cacp-4', '0x1.a76a16p-4', '0x1.c21634p-5', '-0x1.eee654p-5',
            '0x1.1abd20p-3', '-0x1.25f9eap-3', '0x1.245f12p-3', '-0x1.1400b6p-3', '-0x1.f0ca3cp-4', '0x1.c4e3b0p-4',
            '0x1.223afap-3', '-0x1.0ed3eap-4', '-0x1.2b13ccp-3', '-0x1.90e838p-4', '-0x1.844dfcp-4', '-0x1.9f96c6p-4',
            '0x1.026f44p-3', '0x1.13ba36p-4']


def test_sigmoid_bce_gradient_bits():
    r = np.random.RandomState(12)
    pred = nd.array(r.uniform(-1, 1, (4, 5)))
    label = nd.array(r.uniform(0, 1, (4, 5))).round()
    pred.attach_grad()
    with autograd.record():
        loss = gluon.loss.SigmoidBCELoss()(pred, label)
    loss.backward()
    assert pred.grad.asnumpy().ravel().tolist() == [float.fromhex(h) for h in EXPECTED]
