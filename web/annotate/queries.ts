/** What the annotation page asks the server, with the shapes it reads back (schema/annotate.graphql, schema/confirm.graphql). */

export interface Span {
  start: number;
  end: number;
}
export type SpeakerKind = 'PERSON' | 'ORGANIZATION' | 'COUNTRY';
export type Modality = 'ASSERTED' | 'CONDITIONAL' | 'NEGATED' | 'FUTURE';
export interface Cue extends Span {
  kind: 'ATTRIBUTION' | 'STANCE' | 'CONDITION' | 'NEGATION' | 'FUTURE' | 'DATE';
  text: string;
}
export interface Mention extends Span {
  id: string;
  name: string;
  kind: 'COUNTRY' | 'PERSON' | 'ORGANIZATION' | 'CONFLICT' | 'PROCESS';
  text: string;
}
export interface Proposal extends Span {
  kind: 'QUOTE' | 'PARAPHRASE';
  text: string;
  speaker: { id: string | null; name: string; kind: SpeakerKind; match: string; span: Span | null; title: string | null } | null;
  onBehalfOf: { id: string | null; name: string; basis: string; span: Span | null } | null;
  date: { value: string; precision: string; basis: string; span: Span | null } | null;
  mentions: Mention[];
  stances: Array<{ code: string; modality: Modality; condition: string | null; conditionSpan: Span | null; toward: { id: string; name: string } | null; cues: Cue[] }>;
  cues: Cue[];
}

const CUE = /* GraphQL */ `
  fragment Cue on AnnotationCue { kind start end text }
`;

export const PROPOSE = /* GraphQL */ `
  query AnnotatePropose($text: String!, $language: String!, $published: String) {
    proposeAnnotations(text: $text, language: $language, published: $published) {
      proposals {
        kind start end text
        speaker { id name kind match span { start end } title }
        onBehalfOf { id name basis span { start end } }
        date { value precision basis span { start end } }
        mentions { id name kind start end text }
        stances { code modality condition conditionSpan { start end } toward { id name } cues { ...Cue } }
        cues { ...Cue }
      }
    }
  }
  ${CUE}
`;
export type ProposeResult = { proposeAnnotations: { proposals: Proposal[] } };

export const CODEBOOK = /* GraphQL */ `
  query AnnotateCodebook {
    stanceCodes { code label definition }
  }
`;
export type CodebookResult = { stanceCodes: Array<{ code: string; label: string; definition: string }> };

export const CONFIRM = /* GraphQL */ `
  mutation AnnotateConfirm($input: ConfirmAnnotationsInput!) {
    confirmAnnotations(input: $input) {
      source { id }
      statements { id }
      records { id type outcome }
      relocated
    }
  }
`;
export type ConfirmResult = {
  confirmAnnotations: { source: { id: string }; statements: Array<{ id: string }>; records: Array<{ id: string; type: string; outcome: string }>; relocated: number[] };
};

/** One refusal of a confirmation, at its input field (`input.proposals[2].text`). */
export interface Issue {
  field: string;
  message: string;
}
