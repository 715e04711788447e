"""Each gluon loss drives a few steps of a small float64 network (imperative SGD, hybridized Adam): the loss values,
the Loss metric over the steps and a weight row after training, exactly (float64: no oneDNN float32 kernel, whose
sums differ by CPU ISA)."""
import numpy as np
import mxnet as mx
from mxnet import autograd, gluon, nd

L = gluon.loss
rs = np.random.RandomState(0)
X = nd.array(rs.uniform(-1, 1, (8, 5)), dtype="float64")
CASES = [("L2", lambda: L.L2Loss(), nd.array(rs.uniform(-1, 1, (8, 3))), 3),
         ("L1", lambda: L.L1Loss(weight=0.5), nd.array(rs.uniform(-1, 1, (8, 3))), 3),
         ("Huber", lambda: L.HuberLoss(rho=0.5), nd.array(rs.uniform(-1, 1, (8, 3))), 3),
         ("SoftmaxCE", lambda: L.SoftmaxCELoss(), nd.array(rs.randint(0, 4, (8,))), 4),
         ("SoftmaxCE dense", lambda: L.SoftmaxCELoss(sparse_label=False), nd.array(np.eye(4)[rs.randint(0, 4, 8)]), 4),
         ("SigmoidBCE", lambda: L.SigmoidBCELoss(), nd.array(rs.randint(0, 2, (8, 2))), 2),
         ("KLDiv", lambda: L.KLDivLoss(from_logits=False), nd.array(rs.dirichlet(np.ones(3), 8)), 3),
         ("Hinge", lambda: L.HingeLoss(), nd.array(rs.choice([-1, 1], (8, 1))), 1),
         ("SquaredHinge", lambda: L.SquaredHingeLoss(margin=2), nd.array(rs.choice([-1, 1], (8, 1))), 1),
         ("Logistic", lambda: L.LogisticLoss(), nd.array(rs.choice([-1, 1], (8, 1))), 1),
         ("PoissonNLL", lambda: L.PoissonNLLLoss(), nd.array(rs.randint(0, 4, (8, 2))), 2)]
for hybrid, optimizer in ((False, "sgd"), (True, "adam")):
    for name, make, y, units in CASES:
        mx.random.seed(1)
        net = gluon.nn.HybridSequential()
        net.add(gluon.nn.Dense(6, activation="tanh"), gluon.nn.Dense(units))
        net.initialize(mx.init.Xavier())
        net.cast("float64")
        loss = make()
        if hybrid:
            net.hybridize()
            loss.hybridize()
        trainer = gluon.Trainer(net.collect_params(), optimizer, {"learning_rate": 0.1})
        metric = mx.metric.Loss()
        values = []
        for step in range(3):
            with autograd.record():
                out = loss(net(X), y.astype("float64"))
            out.backward()
            trainer.step(8)
            metric.update(None, [out])
            values.append(float(out.mean().asscalar()))
        print(optimizer, name, values, metric.get())
        print("  weight row", net[0].weight.data()[0].asnumpy().tolist())
