import { css } from 'lit';
import { dropZoneStyles } from '../../styles/drop-zone.styles.ts';

export const attachmentPickerStyles = css`
  ${dropZoneStyles}
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.35rem;
  }
  li {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.25rem 0.5rem;
    align-items: center;
  }
  li progress {
    grid-column: 1 / -1;
    width: 100%;
  }
  li .error {
    grid-column: 1 / -1;
  }
  input[type='file'] {
    position: absolute;
    width: 1px;
    height: 1px;
    opacity: 0;
  }
`;
