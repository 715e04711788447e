# The graph each hybridized gluon loss exports: every node (op, name, attributes), heads and arguments
import json
import os
import tempfile

import numpy as np
from mxnet import nd, gluon
L = gluon.loss
out = tempfile.mkdtemp()
rs = np.random.RandomState(0)
p = nd.array(rs.uniform(-1, 1, (3, 4))); lab = nd.array(rs.uniform(-1, 1, (3, 4)))
cases = [("l2", L.L2Loss(), (p, lab)), ("l1", L.L1Loss(weight=2.), (p, lab, nd.ones((3, 1)))),
         ("bce", L.SigmoidBCELoss(), (p, nd.abs(lab))), ("bcefs", L.SigmoidBCELoss(from_sigmoid=True), (nd.sigmoid(p), nd.abs(lab), None, nd.ones((4,)))),
         ("bcepw", L.SigmoidBCELoss(), (p, nd.abs(lab), None, nd.ones((4,)))),
         ("sce", L.SoftmaxCELoss(), (p, nd.array([0, 1, 3]))), ("scedense", L.SoftmaxCELoss(sparse_label=False), (p, nd.softmax(lab))),
         ("kl", L.KLDivLoss(from_logits=False), (p, nd.softmax(lab))), ("ctc", L.CTCLoss(), (nd.ones((2, 4, 3)), nd.array([[0, 1], [1, -1]]))),
         ("ctclen", L.CTCLoss(), (nd.ones((2, 4, 3)), nd.array([[0, 1], [1, -1]]), nd.array([4, 3]), nd.array([2, 1]))),
         ("huber", L.HuberLoss(), (p, lab)), ("hinge", L.HingeLoss(), (p, lab)), ("sqhinge", L.SquaredHingeLoss(), (p, lab)),
         ("logistic", L.LogisticLoss(), (p, lab)), ("logbin", L.LogisticLoss(label_format='binary'), (p, lab)),
         ("triplet", L.TripletLoss(), (p, lab, lab * 2)), ("poisson", L.PoissonNLLLoss(), (p, nd.abs(lab))),
         ("poissonnl", L.PoissonNLLLoss(from_logits=False), (nd.abs(p), nd.abs(lab))),
         ("cos", L.CosineEmbeddingLoss(), (p, lab, nd.array([1, -1, 1]))), ("sdml", L.SDMLLoss(), (p, lab))]
for name, loss, args in cases:
    try:
        loss.hybridize()
        loss(*args)
        loss.export(os.path.join(out, name))
        j = json.load(open(os.path.join(out, name) + "-symbol.json"))
        print(name, [(n["op"], n["name"], n.get("attrs", {})) for n in j["nodes"]], j["heads"], j["arg_nodes"])
    except Exception as e:   # noqa: BLE001  (the class is the result)
        print(name, "!!", type(e).__name__)
    for suffix in ("-symbol.json", "-0000.params"):
        if os.path.exists(os.path.join(out, name) + suffix):
            os.remove(os.path.join(out, name) + suffix)
os.rmdir(out)
