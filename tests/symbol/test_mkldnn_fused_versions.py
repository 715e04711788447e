"""A fused MKLDNN node reads its outside entries at the versions its members read them (an auxiliary variable of
a block traced twice is at version 2), and its subgraph's fresh variables are at version 0 (MXNet 1.9.1)."""
import json

import distnet as mx
from distnet.gluon import nn


def _exported_versions(tmp_path, called_before_hybridize):
    net = nn.HybridSequential()
    net.add(nn.Conv2D(2, 3, in_channels=1), nn.BatchNorm(), nn.Activation("relu"))
    net.initialize()
    x = mx.nd.ones((1, 1, 4, 4))
    if called_before_hybridize:         # the deferred BatchNorm shapes are inferred by a first trace
        net(x)
    net.hybridize(backend="MKLDNN", static_alloc=True)
    net(x)
    net.export(str(tmp_path / "fused"))
    graph = json.loads((tmp_path / "fused-symbol.json").read_text())
    fused = next(n for n in graph["nodes"] if n["op"] == "_sg_mkldnn_conv")
    inner_bn = next(n for n in fused["subgraphs"][0]["nodes"] if n["op"] == "BatchNorm")
    return [v for _, _, v in fused["inputs"]], [v for _, _, v in inner_bn["inputs"]]


def test_fused_node_of_a_block_traced_once_reads_its_statistics_at_version_1(tmp_path):
    assert _exported_versions(tmp_path, False) == ([0, 0, 0, 0, 0, 1, 1], [0, 0, 0, 0, 0])


def test_fused_node_of_a_block_traced_twice_reads_its_statistics_at_version_2(tmp_path):
    assert _exported_versions(tmp_path, True) == ([0, 0, 0, 0, 0, 2, 2], [0, 0, 0, 0, 0])
